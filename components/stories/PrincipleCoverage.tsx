import type { Story } from '../../core/story';

/** For a role's top principles: which already have a story in the bank and which still need one. */
export function PrincipleCoverage({ top, stories }: { top: { id: string; name: string }[]; stories: Story[] }) {
  return (
    <ul class="coverage">
      {top.map((p) => {
        const matching = stories.filter((s) => s.principles.includes(p.id));
        return (
          <li key={p.id} data-principle={p.id} data-covered={matching.length > 0 ? 'yes' : 'no'}>
            <strong>{p.name}</strong>:{' '}
            {matching.length > 0 ? (
              <span class="ok">
                {matching.length === 1 ? 'story' : `${matching.length} stories`}: {matching.map((s) => s.title).join('; ')}
              </span>
            ) : (
              <span class="error">
                no story yet. <a class="no-print" href="/tracker.html#stories">Write one</a>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
