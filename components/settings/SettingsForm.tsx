import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { FormEnd } from '../ui/FormEnd';
import { useAction } from '../ui/use-action';

/** A typed number field's value, or an error naming the field (`what`) and the range. */
export function wholeNumber(value: string, what: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new Error(`${what}: enter a whole number from ${min} to ${max}`);
  return n;
}

/**
 * A settings form's state: the fields as typed (back to the stored settings whenever those change)
 * and its save, which reads the fields (throwing a message for a bad one) and hands the change on.
 */
export function useSettingsForm<F>(settings: Settings, initial: () => F, save: (form: F) => Promise<unknown>) {
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  useEffect(() => setForm(initial()), [settings]);
  const submit = () =>
    run(async () => {
      setSaved(false);
      await save(form);
      setSaved(true);
    });
  return { form, setForm, saved, busy, error, submit };
}

/** A settings panel's form: its title, its fields, what went wrong, Save, and a status once saved. */
export function SettingsForm({
  id,
  title,
  submit,
  savedText,
  state,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  savedText: string;
  state: { saved: boolean; busy: boolean; error: string | null; submit: () => Promise<unknown> };
  children: ComponentChildren;
}) {
  return (
    <form
      class="panel stack"
      // Our messages name the field and the range; the browser's bubble would only say "invalid".
      noValidate
      aria-labelledby={id}
      onSubmit={(e) => {
        e.preventDefault();
        void state.submit();
      }}
    >
      <h2 id={id}>{title}</h2>
      {children}
      <FormEnd error={state.error} busy={state.busy} submit={submit}>
        <span role="status" class="ok">
          {state.saved ? savedText : ''}
        </span>
      </FormEnd>
    </form>
  );
}
