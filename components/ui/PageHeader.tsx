/** The extension pages' header: product name and links between the pages. */
export function PageHeader({ current }: { current: 'tracker' | 'stories' | 'plan' | 'settings' | 'interview' }) {
  const link = (id: typeof current, href: string, label: string) => (
    <a href={href} aria-current={current === id ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <header class="page-head">
      <p class="brand">LoopReady</p>
      <nav aria-label="LoopReady pages">
        {link('tracker', '/tracker.html', 'Tracker')}
        {link('stories', '/tracker.html#stories', 'Story bank')}
        {link('settings', '/options.html', 'Settings')}
      </nav>
    </header>
  );
}
