import type { Application } from '../../core/application';
import { followUpAdvice } from '../../core/follow-up';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { shortDate } from '../ui/format-date';

/**
 * When to follow up and why. The date is the stored one (set by the background with the user's
 * settings); the wording uses the default settings, as the popup has no message to read them.
 */
export function NextFollowUp({ app, now }: { app: Application; now: number }) {
  const advice = followUpAdvice(app, now, DEFAULT_SETTINGS);
  return (
    <p class="follow-up" data-field="followUp">
      {app.nextFollowUpAt === null ? (
        <>No follow-up planned. </>
      ) : (
        <>
          <strong>{advice.due ? 'Follow-up due now' : `Next follow-up: ${shortDate(app.nextFollowUpAt)}`}</strong>
          <br />
        </>
      )}
      <span class="reason">{advice.reason}.</span>
    </p>
  );
}
