import { useState } from 'preact/hooks';
import type { ImportProgress } from '../../core/backup';
import { ErrorText } from '../ui/ErrorText';
import { formatCount } from '../ui/count';
import { useAction } from '../ui/use-action';

export interface DataActions {
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  exportIcs(): Promise<void>;
  /**
   * Resolves to a summary to show; rejects with the problems when the file is not imported (then
   * nothing was written). `onProgress` hears each step of a long import.
   */
  importJson(text: string, onProgress?: (progress: ImportProgress) => void): Promise<string>;
}

/** Where an import is: reading the file (the panel's own step), then the import's steps. */
type Step = { phase: 'reading'; size: number } | ImportProgress;

const MB = 1024 * 1024;

/** The step in words, and its numbers when it has them. */
function describeStep(step: Step): { label: string; counts: string | null } {
  switch (step.phase) {
    case 'reading':
      return { label: `Reading the file (${step.size >= MB ? `${formatCount(Math.round(step.size / MB))} MB` : `${formatCount(Math.ceil(step.size / 1024))} KB`})…`, counts: null };
    case 'parsing':
      return { label: 'Reading the backup’s contents…', counts: null };
    case 'validating':
      return { label: 'Checking every record before writing anything…', counts: `${formatCount(step.done)} of ${formatCount(step.total)} records checked` };
    case 'writing':
      return { label: 'Saving the records…', counts: `${formatCount(step.done)} of ${formatCount(step.total)} records saved` };
  }
}

/** A long import's progress: the step's name (announced when it changes) and a bar with its numbers. */
function ImportSteps({ step }: { step: Step }) {
  const { label, counts } = describeStep(step);
  const measured = step.phase === 'validating' || step.phase === 'writing';
  return (
    <div class="import-progress stack" data-phase={step.phase}>
      <p id="import-step" aria-live="polite">
        {label}
      </p>
      {measured ? (
        <progress aria-labelledby="import-step" max={Math.max(step.total, 1)} value={step.done} aria-valuetext={counts ?? undefined} />
      ) : (
        <progress aria-labelledby="import-step" />
      )}
      {counts && <p class="hint">{counts}</p>}
    </div>
  );
}

/** Backup, spreadsheet and calendar exports, and restoring a backup (all on this machine). */
export function DataPanel({ actions }: { actions: DataActions }) {
  const exporting = useAction();
  const { busy, error, run, setError } = useAction();
  const [message, setMessage] = useState<string | null>(null);
  const [step, setStep] = useState<Step | null>(null);
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
            setStep({ phase: 'reading', size: file.size });
            const ok = await run(async () => setMessage(await actions.importJson(await file.text(), setStep)));
            setStep(null);
            if (!ok) setMessage(null);
            input.value = '';
          }}
        />
      </label>
      <p class="hint">Importing adds the backup's applications and stories; ones with the same job ID are replaced by the backup's.</p>
      {step && <ImportSteps step={step} />}
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
