import type { ChecklistItem } from '../../core/prep-plan';

/** Qualifications to tick off with a note on how the candidate meets each (evidence to bring). */
export function QualificationsChecklist({
  title,
  items,
  onCheck,
  onNote,
  onBlur,
}: {
  title: string;
  items: ChecklistItem[];
  onCheck: (id: string, on: boolean) => void;
  onNote: (id: string, text: string) => void;
  onBlur: () => void;
}) {
  return (
    <div class="checklist">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p class="hint">None listed in the posting.</p>
      ) : (
        <ul>
          {items.map((it) => (
            <li key={it.id} data-item={it.id}>
              <label>
                <input type="checkbox" checked={it.done} onChange={(e) => onCheck(it.id, e.currentTarget.checked)} /> {it.text}
              </label>
              <input
                class="item-note"
                value={it.note}
                placeholder="How you meet it (project, result)"
                aria-label={`Note for: ${it.text}`}
                onInput={(e) => onNote(it.id, e.currentTarget.value)}
                onBlur={onBlur}
              />
              {it.note && <span class="print-only"> — {it.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
