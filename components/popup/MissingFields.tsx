import type { PostingField } from '../../core/posting';
import { FIELD_LABELS } from '../field-labels';

/**
 * What the extraction could not find on the page, in plain words; nothing when all was found.
 * Folded under a disclosure below Save: most postings lack a field or two, and the list is for
 * the curious, not in the way of the main action.
 */
export function MissingFields({ missing }: { missing: readonly PostingField[] }) {
  if (missing.length === 0) return null;
  return (
    <details class="missing">
      <summary>Not found on this page ({missing.length})</summary>
      <ul aria-label="Not found on this page">
        {missing.map((field) => (
          <li key={field}>{FIELD_LABELS[field]}</li>
        ))}
      </ul>
    </details>
  );
}
