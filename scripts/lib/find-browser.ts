// Finds the browser the demo and the browser tests drive, and installs Debian's package when it can.
// One place for the decision, shared by `npm run demo`, both browser-test projects' global setup,
// scripts/lib/chromium.ts and `.ci/run` (via scripts/setup-browsers.ts):
//   1. the path in CHROMIUM_PATH / FIREFOX_PATH, when set (never second-guessed: a wrong one stops);
//   2. the usual names on PATH (chromium, chromium-browser, google-chrome… / firefox-esr, firefox),
//      then a few fixed places off PATH (/opt, /snap, macOS /Applications);
//   3. none: as root on Debian or Ubuntu, `apt-get install` the Debian package (saying so first);
//      otherwise stop with one sentence naming the command to run.
// "Usable" means it runs and answers `--version` like that browser: Ubuntu's chromium-browser
// snap stub is an executable file too. (Branded Chrome 137+ runs but ignores --load-extension, so
// Chromium comes first; Chrome is a last resort.)
// Every effect (files, uid, /etc/os-release, running commands, printing) comes in through `Host`, so
// tests/unit/scripts/find-browser.test.ts checks the decisions without touching the machine.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface BrowserSpec {
  /** What the sentences call it. */
  label: string;
  /** Environment variable that names the executable outright. */
  envVar: string;
  /** Executable names looked up on PATH, most wanted first. */
  commands: string[];
  /** Absolute places checked after PATH. */
  fixedPaths: string[];
  /** `--version` output of a real one (the Debian wrapper script prints it too). */
  version: RegExp;
  /** Debian's package, and where it puts the executable. */
  debianPackage: string;
  debianBinary: string;
}

export const CHROMIUM: BrowserSpec = {
  label: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'],
  fixedPaths: [
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  version: /\b(Chromium|Chrome)\b/,
  debianPackage: 'chromium',
  debianBinary: '/usr/bin/chromium',
};

export const FIREFOX: BrowserSpec = {
  label: 'Firefox',
  envVar: 'FIREFOX_PATH',
  commands: ['firefox-esr', 'firefox'],
  fixedPaths: ['/snap/bin/firefox', '/opt/firefox/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  version: /\bFirefox\b/,
  debianPackage: 'firefox-esr',
  debianBinary: '/usr/bin/firefox-esr',
};

export const BROWSERS = { chromium: CHROMIUM, firefox: FIREFOX } as const;
export type BrowserName = keyof typeof BROWSERS;

/** The machine, as far as finding and installing a browser needs it. */
export interface Host {
  env: Record<string, string | undefined>;
  isExecutableFile(path: string): boolean;
  /** `<path> --version` standard output, or null when it does not run or fails. */
  versionOf(path: string): string | null;
  /** Effective user id (undefined where there is none, e.g. Windows). */
  uid(): number | undefined;
  /** Contents of /etc/os-release, or null. */
  osRelease(): string | null;
  /** Runs a command with its output shown (on stderr); returns the exit status. */
  run(command: string, args: string[], env: Record<string, string>): number;
  /** One line of progress for the person watching (stderr). */
  say(line: string): void;
}

/** Stops the run: `message` is one sentence naming what to do. Callers print it without a stack. */
export class BrowserSetupError extends Error {
  override name = 'BrowserSetupError';
}

export interface FoundBrowser {
  path: string;
  version: string;
}

/**
 * The first usable browser: the env variable's path (a set but unusable one throws), then PATH,
 * then the fixed places. `LOOPREADY_BROWSER_SEARCH` replaces PATH for this lookup only: it lets a
 * machine that has the browser rehearse one that has not, without uninstalling anything.
 */
export function findBrowser(spec: BrowserSpec, host: Host): FoundBrowser | null {
  const chosen = host.env[spec.envVar];
  if (chosen) {
    const found = usable(spec, host, chosen);
    if (!found) {
      throw new BrowserSetupError(
        `${spec.envVar} is set to ${chosen}, which is not a ${spec.label} that runs: point it at one, or unset it to let LoopReady find or install ${spec.label}.`,
      );
    }
    return found;
  }
  for (const path of candidates(spec, host.env)) {
    const found = usable(spec, host, path);
    if (found) return found;
  }
  return null;
}

/** Where findBrowser looks when the env variable is not set, in order. */
export function candidates(spec: BrowserSpec, env: Host['env']): string[] {
  const dirs = (env.LOOPREADY_BROWSER_SEARCH ?? env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = spec.commands.flatMap((name) => dirs.map((dir) => join(dir, name)));
  const fixed = env.LOOPREADY_BROWSER_SEARCH === undefined ? spec.fixedPaths : [];
  return [...new Set([...onPath, ...fixed])];
}

function usable(spec: BrowserSpec, host: Host, path: string): FoundBrowser | null {
  if (!host.isExecutableFile(path)) return null;
  const version = host.versionOf(path);
  if (version === null || !spec.version.test(version)) return null;
  return { path, version: version.trim() };
}

/** True on Debian and its derivatives (Ubuntu…), from /etc/os-release's ID and ID_LIKE. */
export function isDebianLike(osRelease: string | null): boolean {
  if (!osRelease) return false;
  const field = (name: string): string[] => {
    const m = new RegExp(`^${name}=(.*)$`, 'm').exec(osRelease);
    return (m?.[1] ?? '').replace(/^["']|["']$/g, '').toLowerCase().split(/\s+/);
  };
  return [...field('ID'), ...field('ID_LIKE')].some((id) => id === 'debian' || id === 'ubuntu');
}

export type SetupPlan =
  | { action: 'install'; commands: Array<[string, ...string[]]> }
  | { action: 'stop'; sentence: string };

/** What to do when no usable browser was found: install (root on Debian/Ubuntu) or say what to run. */
export function planSetup(spec: BrowserSpec, host: Pick<Host, 'uid' | 'osRelease'>): SetupPlan {
  const debian = isDebianLike(host.osRelease());
  const install = `apt-get install -y --no-install-recommends ${spec.debianPackage}`;
  if (debian && host.uid() === 0) {
    return { action: 'install', commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', spec.debianPackage]] };
  }
  if (debian) {
    return {
      action: 'stop',
      sentence: `${spec.label} is needed and none was found: run \`sudo ${install}\` (or set ${spec.envVar} to a ${spec.label} executable), then run this again.`,
    };
  }
  return {
    action: 'stop',
    sentence: `${spec.label} is needed and none was found: install ${spec.label} with your system's package manager, then run this again with ${spec.envVar}=/path/to/its/executable if it is not on PATH.`,
  };
}

/** The sentence for a machine without the browser, without installing anything (launch-time check). */
export function missingSentence(spec: BrowserSpec, host: Pick<Host, 'uid' | 'osRelease'>): string {
  const plan = planSetup(spec, host);
  if (plan.action === 'stop') return plan.sentence;
  return `${spec.label} is needed and none was found: run \`npm run setup:browsers\` (it runs \`apt-get install -y --no-install-recommends ${spec.debianPackage}\`), then run this again.`;
}

/** Finds the browser, installing Debian's package when it can; otherwise throws BrowserSetupError. */
export function ensureBrowser(spec: BrowserSpec, host: Host = realHost()): FoundBrowser {
  const found = findBrowser(spec, host);
  if (found) return found;
  const plan = planSetup(spec, host);
  if (plan.action === 'stop') throw new BrowserSetupError(plan.sentence);

  host.say(
    `No ${spec.label} found: installing Debian's ${spec.debianPackage} (${plan.commands.map((c) => c.join(' ')).join(' && ')})…`,
  );
  for (const [command, ...args] of plan.commands) {
    const status = host.run(command, args, { DEBIAN_FRONTEND: 'noninteractive' });
    if (status !== 0) {
      throw new BrowserSetupError(
        `\`${[command, ...args].join(' ')}\` failed (exit ${status}, output above): fix that and run this again, or set ${spec.envVar} to a ${spec.label} executable.`,
      );
    }
  }
  const installed = usable(spec, host, spec.debianBinary);
  if (!installed) {
    throw new BrowserSetupError(
      `${spec.debianPackage} was installed but ${spec.debianBinary} does not run: try \`${spec.debianBinary} --version\`, or set ${spec.envVar} to a ${spec.label} executable.`,
    );
  }
  host.say(`Installed ${installed.version} at ${installed.path}.`);
  return installed;
}

/** The real machine. */
export function realHost(env: Host['env'] = process.env): Host {
  return {
    env,
    isExecutableFile(path) {
      try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    versionOf(path) {
      const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] });
      return r.status === 0 ? r.stdout : null;
    },
    uid: () => process.getuid?.(),
    osRelease() {
      try {
        return readFileSync('/etc/os-release', 'utf8');
      } catch {
        return null;
      }
    },
    run(command, args, extraEnv) {
      // The installer's output goes to stderr, so a script's stdout (the demo's JSON) stays clean.
      const r = spawnSync(command, args, { stdio: ['ignore', 2, 2], env: { ...process.env, ...extraEnv } });
      return r.status ?? 1;
    },
    say: (line) => process.stderr.write(`${line}\n`),
  };
}

const memo = new Map<BrowserSpec, FoundBrowser>();

/**
 * The usable browser for a launch (memoised per process for the real machine); never installs:
 * throws the one sentence. Entry points that may install call ensureBrowser first and export the
 * path in the env variable, so this finds the same one in every process they start.
 */
export function requireBrowser(spec: BrowserSpec, host?: Host): FoundBrowser {
  const known = host ? undefined : memo.get(spec);
  if (known) return known;
  const machine = host ?? realHost();
  const browser = findBrowser(spec, machine);
  if (!browser) throw new BrowserSetupError(missingSentence(spec, machine));
  if (!host) memo.set(spec, browser);
  return browser;
}

/** ensureBrowser, then the path exported in the env variable for this process and its children. */
export function ensureAndExport(spec: BrowserSpec): FoundBrowser {
  const browser = ensureBrowser(spec);
  process.env[spec.envVar] = browser.path;
  return browser;
}
