import { useState } from 'preact/hooks';
import type { Note } from '../../core/application';
import { isoDateTime, shortDate } from '../ui/format-date';

/** Dated notes, newest last, and a box to add one. */
export function NotesPanel({ notes, onAdd, busy }: { notes: Note[]; onAdd: (text: string) => Promise<boolean>; busy: boolean }) {
  const [text, setText] = useState('');
  return (
    <div class="stack">
      {notes.length === 0 ? (
        <p class="hint">No notes yet: who you spoke to, what they said, what to prepare.</p>
      ) : (
        <ul class="notes">
          {notes.map((n, i) => (
            <li key={i}>
              <time dateTime={isoDateTime(n.at)}>{shortDate(n.at)}</time>: <span class="pre-line">{n.text}</span>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await onAdd(text)) setText('');
        }}
      >
        <label>
          New note
          <textarea value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy || !text.trim()}>
          Add note
        </button>
      </form>
    </div>
  );
}
