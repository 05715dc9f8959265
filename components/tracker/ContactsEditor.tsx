import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../../core/application';

/** Recruiters and coordinators, edited as rows and saved together. */
export function ContactsEditor({ contacts, onSave, busy }: { contacts: Contact[]; onSave: (c: Contact[]) => void; busy: boolean }) {
  const [rows, setRows] = useState<Contact[]>(contacts);
  useEffect(() => setRows(contacts), [contacts]);
  const edit = (i: number, change: Partial<Contact>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(rows);
      }}
    >
      {rows.map((c, i) => (
        <div class="row" key={i}>
          <label>
            Name <input value={c.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
          </label>
          <label>
            Email <input type="email" value={c.email} onInput={(e) => edit(i, { email: e.currentTarget.value })} />
          </label>
          <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={`Remove contact ${i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <div class="row">
        <button type="button" onClick={() => setRows([...rows, { name: '', email: '' }])}>
          Add contact
        </button>
        <button type="submit" disabled={busy}>
          Save contacts
        </button>
      </div>
    </form>
  );
}
