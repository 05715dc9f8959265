import type { ComponentChildren } from 'preact';
import type { ExtensionPagePath } from './popup-api';

/**
 * A link to one of the extension's pages. A real <a> (keyboard, screen readers, middle-click), but a
 * plain click opens a new tab through the extension API: a link followed inside the popup would
 * replace the popup itself.
 */
export function PageLink({ path, open, children, class: className }: { path: ExtensionPagePath; open: (path: ExtensionPagePath) => void; children: ComponentChildren; class?: string }) {
  return (
    <a
      href={path}
      class={className}
      onClick={(e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        open(path);
      }}
    >
      {children}
    </a>
  );
}
