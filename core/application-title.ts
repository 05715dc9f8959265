// How an application is named wherever it is shown (tracker rows and detail, plan, reminders,
// calendar export): the posting's title, or its job ID when the page gave none.
import type { Application } from './application';

export function titleOf(app: Pick<Application, 'jobId' | 'posting'>): string {
  return app.posting.title?.trim() || `Job ${app.jobId}`;
}
