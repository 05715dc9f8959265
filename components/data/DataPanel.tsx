import { useState } from 'preact/hooks';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';

export interface DataActions {
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  exportIcs(): Promise<void>;
  /** Resolves to a summary to show; rejects with the problems when the file is not imported. */
  importJson(text: string): Promise<string>;
}

/** Backup, spreadsheet and calendar exports, and restoring a backup (all on this machine). */
export function DataPanel({ actions }: { actions: DataActions }) {
  const exporting = useAction();
  const { busy, error, run, setError } = useAction();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section class="panel stack" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="hint">Everything stays in this browser. Keep a backup file before reinstalling or switching computers.</p>
      <div class="row">
        <button type="button" disabled={exporting.busy} onClick={() => exporting.run(actions.exportJson)}>
          Export backup (JSON)
        </button>
        <button type="button" disabled={exporting.busy} onClick={() => exporting.run(actions.exportCsv)}>
          Export spreadsheet (CSV)
        </button>
        <button type="button" disabled={exporting.busy} onClick={() => exporting.run(actions.exportIcs)}>
          Export follow-ups (calendar .ics)
        </button>
      </div>
      <ErrorText error={exporting.error} />
      <label>
        Import a backup (JSON){' '}
        <input
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setMessage(null);
            const ok = await run(async () => setMessage(await actions.importJson(await file.text())));
            if (!ok) setMessage(null);
            input.value = '';
          }}
        />
      </label>
      <p class="hint">Importing adds the backup's applications and stories; ones with the same job ID are replaced by the backup's.</p>
      {message && (
        <p class="ok" role="status">
          {message}
        </p>
      )}
      {error && (
        <div role="alert" class="error">
          <p>Nothing was imported. {error.split('\n')[0]}</p>
          <ul>
            {error
              .split('\n')
              .slice(1)
              .map((line, i) => (
                <li key={i}>{line}</li>
              ))}
          </ul>
          <button type="button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  );
}
