// The browser set-up decisions of `npm run demo`, `npm test` and `.ci/run` on machines we cannot
// make for real here: a fake Host gives the files, the uid, /etc/os-release and records the commands.
import { describe, expect, it } from 'vitest';
import {
  BrowserSetupError,
  CHROMIUM,
  FIREFOX,
  candidates,
  ensureBrowser,
  findBrowser,
  isDebianLike,
  missingSentence,
  planSetup,
  requireBrowser,
  type Host,
} from '../../../scripts/lib/find-browser';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const CHROMIUM_VERSION = 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n';
const FIREFOX_VERSION = 'Mozilla Firefox 153.8.0esr\n';

interface FakeMachine {
  env?: Record<string, string | undefined>;
  /** Executable files and what `--version` prints (null: it does not run). */
  files?: Record<string, string | null>;
  uid?: number;
  osRelease?: string | null;
  /** Files that exist once a command ran (the package's executable after apt-get install). */
  installs?: Record<string, Record<string, string | null>>;
  exitStatus?: (command: string, args: string[]) => number;
}

function fakeHost(m: FakeMachine): Host & { ran: string[]; said: string[]; envs: Array<Record<string, string>> } {
  const files = { ...m.files };
  const ran: string[] = [];
  const said: string[] = [];
  const envs: Array<Record<string, string>> = [];
  return {
    env: m.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    isExecutableFile: (path) => path in files,
    versionOf: (path) => files[path] ?? null,
    uid: () => m.uid ?? 1000,
    osRelease: () => (m.osRelease === undefined ? DEBIAN : m.osRelease),
    run(command, args, env) {
      const line = [command, ...args].join(' ');
      ran.push(line);
      envs.push(env);
      const status = m.exitStatus?.(command, args) ?? 0;
      if (status === 0) Object.assign(files, m.installs?.[line]);
      return status;
    },
    say: (line) => said.push(line),
    ran,
    said,
    envs,
  };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH before anything on PATH', () => {
    const host = fakeHost({
      env: { CHROMIUM_PATH: '/opt/my/chrome', PATH: '/usr/bin' },
      files: { '/opt/my/chrome': 'Google Chrome 140.0.1\n', '/usr/bin/chromium': CHROMIUM_VERSION },
    });
    expect(findBrowser(CHROMIUM, host)).toEqual({ path: '/opt/my/chrome', version: 'Google Chrome 140.0.1' });
  });

  it('stops on a CHROMIUM_PATH that does not run, naming it, rather than silently using another', () => {
    const host = fakeHost({ env: { CHROMIUM_PATH: '/nope/chromium', PATH: '/usr/bin' }, files: { '/usr/bin/chromium': CHROMIUM_VERSION } });
    expect(() => findBrowser(CHROMIUM, host)).toThrow(BrowserSetupError);
    expect(() => findBrowser(CHROMIUM, host)).toThrow(/^CHROMIUM_PATH is set to \/nope\/chromium, which is not a Chromium that runs/);
  });

  it('finds chromium on PATH, in PATH order', () => {
    const host = fakeHost({
      env: { PATH: '/usr/local/bin:/usr/bin' },
      files: { '/usr/bin/chromium': CHROMIUM_VERSION, '/usr/local/bin/chromium': 'Chromium 150.0\n' },
    });
    expect(findBrowser(CHROMIUM, host)?.path).toBe('/usr/local/bin/chromium');
  });

  it('prefers Chromium to Chrome, and falls back to Chrome', () => {
    const both = fakeHost({
      env: { PATH: '/usr/bin' },
      files: { '/usr/bin/google-chrome': 'Google Chrome 140.0\n', '/usr/bin/chromium-browser': 'Chromium 139.0\n' },
    });
    expect(findBrowser(CHROMIUM, both)?.path).toBe('/usr/bin/chromium-browser');
    const chromeOnly = fakeHost({ env: { PATH: '/usr/bin' }, files: { '/opt/google/chrome/chrome': 'Google Chrome 140.0\n' } });
    expect(findBrowser(CHROMIUM, chromeOnly)?.path).toBe('/opt/google/chrome/chrome');
  });

  it('skips an executable that does not run as the browser (Ubuntu’s chromium-browser snap stub)', () => {
    const host = fakeHost({
      env: { PATH: '/usr/bin' },
      files: { '/usr/bin/chromium-browser': null, '/usr/bin/google-chrome-stable': 'Google Chrome 141.0\n' },
    });
    expect(findBrowser(CHROMIUM, host)?.path).toBe('/usr/bin/google-chrome-stable');
  });

  it('does not take Firefox for Chromium, nor the reverse', () => {
    const host = fakeHost({ env: { PATH: '/usr/bin' }, files: { '/usr/bin/chromium': FIREFOX_VERSION, '/usr/bin/firefox': CHROMIUM_VERSION } });
    expect(findBrowser(CHROMIUM, host)).toBeNull();
    expect(findBrowser(FIREFOX, host)).toBeNull();
  });

  it('finds firefox-esr before firefox, and honours FIREFOX_PATH', () => {
    const files = { '/usr/bin/firefox': 'Mozilla Firefox 150.0\n', '/usr/bin/firefox-esr': FIREFOX_VERSION };
    expect(findBrowser(FIREFOX, fakeHost({ env: { PATH: '/usr/bin' }, files }))?.path).toBe('/usr/bin/firefox-esr');
    expect(findBrowser(FIREFOX, fakeHost({ env: { PATH: '/usr/bin', FIREFOX_PATH: '/usr/bin/firefox' }, files }))?.path).toBe('/usr/bin/firefox');
  });

  it('LOOPREADY_BROWSER_SEARCH replaces PATH and the fixed places (to rehearse a bare machine)', () => {
    const env = { PATH: '/usr/bin', LOOPREADY_BROWSER_SEARCH: '/tmp/empty' };
    expect(candidates(CHROMIUM, env)).toEqual(CHROMIUM.commands.map((c) => `/tmp/empty/${c}`));
    expect(findBrowser(CHROMIUM, fakeHost({ env, files: { '/usr/bin/chromium': CHROMIUM_VERSION, '/opt/google/chrome/chrome': 'Google Chrome 1\n' } }))).toBeNull();
  });
});

describe('isDebianLike', () => {
  it('reads ID and ID_LIKE from /etc/os-release', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike(MINT)).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
    expect(isDebianLike('ID=debianish\n')).toBe(false);
    expect(isDebianLike(null)).toBe(false);
  });
});

describe('planSetup (no usable browser found)', () => {
  it('root on Debian or Ubuntu: apt-get update, then the package without recommends', () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      expect(planSetup(CHROMIUM, { uid: () => 0, osRelease: () => osRelease })).toEqual({
        action: 'install',
        commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']],
      });
    }
    expect(planSetup(FIREFOX, { uid: () => 0, osRelease: () => DEBIAN })).toMatchObject({
      commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', 'firefox-esr']],
    });
  });

  it('not root on Debian: one sentence naming the sudo command', () => {
    const plan = planSetup(CHROMIUM, { uid: () => 1000, osRelease: () => DEBIAN });
    expect(plan).toEqual({
      action: 'stop',
      sentence:
        'Chromium is needed and none was found: run `sudo apt-get install -y --no-install-recommends chromium` (or set CHROMIUM_PATH to a Chromium executable), then run this again.',
    });
  });

  it('root elsewhere (Fedora, no os-release): never guesses a package manager, names the variable', () => {
    for (const osRelease of [FEDORA, null]) {
      const plan = planSetup(FIREFOX, { uid: () => 0, osRelease: () => osRelease });
      expect(plan.action).toBe('stop');
      if (plan.action === 'stop') {
        expect(plan.sentence).toMatch(/FIREFOX_PATH=\/path\/to\/its\/executable/);
        expect(plan.sentence).not.toMatch(/apt-get/);
      }
    }
  });

  it('every stop is one sentence on one line', () => {
    const sentences = [CHROMIUM, FIREFOX].flatMap((spec) =>
      [DEBIAN, FEDORA].flatMap((os) => [0, 1000].map((uid) => missingSentence(spec, { uid: () => uid, osRelease: () => os }))),
    );
    for (const s of sentences) {
      expect(s).not.toContain('\n');
      expect(s.match(/[.!?](\s|$)/g)).toHaveLength(1);
      expect(s.endsWith('.')).toBe(true);
    }
  });
});

describe('ensureBrowser', () => {
  it('a usable browser: no install, nothing run', () => {
    const host = fakeHost({ uid: 0, files: { '/usr/bin/chromium': CHROMIUM_VERSION } });
    expect(ensureBrowser(CHROMIUM, host).path).toBe('/usr/bin/chromium');
    expect(host.ran).toEqual([]);
  });

  it('root on Debian without it: says so, installs noninteractively, returns the installed one', () => {
    const host = fakeHost({
      uid: 0,
      installs: { 'apt-get install -y --no-install-recommends chromium': { '/usr/bin/chromium': CHROMIUM_VERSION } },
    });
    expect(ensureBrowser(CHROMIUM, host)).toEqual({ path: '/usr/bin/chromium', version: CHROMIUM_VERSION.trim() });
    expect(host.said[0]).toBe(
      "No Chromium found: installing Debian's chromium (apt-get update && apt-get install -y --no-install-recommends chromium)…",
    );
    expect(host.ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium']);
    expect(host.envs.every((e) => e.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
  });

  it('the install path checks the package’s own executable, even when the search is narrowed', () => {
    const host = fakeHost({
      uid: 0,
      env: { PATH: '/usr/bin', LOOPREADY_BROWSER_SEARCH: '/tmp/empty' },
      files: { '/usr/bin/firefox-esr': FIREFOX_VERSION },
    });
    expect(ensureBrowser(FIREFOX, host).path).toBe('/usr/bin/firefox-esr');
    expect(host.ran).toHaveLength(2);
  });

  it('a failed apt-get stops with the command and its exit status, and runs nothing after it', () => {
    const host = fakeHost({ uid: 0, exitStatus: (_, args) => (args[0] === 'update' ? 100 : 0) });
    expect(() => ensureBrowser(CHROMIUM, host)).toThrow('`apt-get update` failed (exit 100, output above)');
    expect(host.ran).toEqual(['apt-get update']);
  });

  it('an install that leaves nothing runnable stops instead of reporting success', () => {
    const host = fakeHost({ uid: 0 });
    expect(() => ensureBrowser(CHROMIUM, host)).toThrow(/chromium was installed but \/usr\/bin\/chromium does not run/);
  });

  it('not root: throws the one sentence and runs nothing', () => {
    const host = fakeHost({ uid: 1000 });
    expect(() => ensureBrowser(FIREFOX, host)).toThrow(
      'Firefox is needed and none was found: run `sudo apt-get install -y --no-install-recommends firefox-esr` (or set FIREFOX_PATH to a Firefox executable), then run this again.',
    );
    expect(host.ran).toEqual([]);
  });
});

describe('requireBrowser (at launch: never installs)', () => {
  it('as root on Debian, names the set-up command instead of installing from inside a test', () => {
    const host = fakeHost({ uid: 0 });
    expect(() => requireBrowser(CHROMIUM, host)).toThrow(/run `npm run setup:browsers`/);
    expect(host.ran).toEqual([]);
  });
});
