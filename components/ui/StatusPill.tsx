import { STATUS_LABELS, type Status } from '../../core/status';

/** A stage name as a small pill; `data-status` lets styles and tests find it. */
export function StatusPill({ status }: { status: Status }) {
  return (
    <span class="pill status" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
