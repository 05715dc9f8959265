import { itemsWithinReadLimit, MAX_SECTION_CHARS } from '../../core/posting-sections';
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
  // A hostile or broken page can carry thousands of bullets: draw only what is read, and say so.
  const shown = itemsWithinReadLimit(items.map((it) => it.text));
  const visible = shown < items.length ? items.slice(0, shown) : items;
  return (
    <div class="checklist">
      <h3>{title}</h3>
      {shown < items.length && (
        <p class="notice" data-capped="">
          Showing the first {shown.toLocaleString()} of {items.length.toLocaleString()} items: LoopReady reads only the first{' '}
          {MAX_SECTION_CHARS.toLocaleString()} characters of a section, and no real posting lists this many.
        </p>
      )}
      {items.length === 0 ? (
        <p class="hint">None listed in the posting.</p>
      ) : (
        <ul>
          {visible.map((it) => (
            <li key={it.id} data-item={it.id}>
              <label>
                <input type="checkbox" checked={it.done} onChange={(e) => onCheck(it.id, e.currentTarget.checked)} /> <bdi>{it.text}</bdi>
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
