import type { PostingField } from '../../core/posting';
import { FIELD_LABELS } from '../field-labels';

/** What the extraction could not find on the page, in plain words; nothing when all was found. */
export function MissingFields({ missing }: { missing: readonly PostingField[] }) {
  if (missing.length === 0) return null;
  return (
    <section class="missing" aria-labelledby="missing-heading">
      <h3 id="missing-heading">Not found on this page</h3>
      <ul>
        {missing.map((field) => (
          <li key={field}>{FIELD_LABELS[field]}</li>
        ))}
      </ul>
    </section>
  );
}
