import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../api/api-error';
import { alertAfterFields, type FieldPlaces } from './error-text';

/**
 * The save cycle every versioned form shares: busy flag, field errors under their fields, other errors above the
 * buttons, and a stale version kept as `conflict` (the record as now saved) so the form can show both versions.
 * Server field issues go under the inputs `fields` names (or maps them to); any issue no input shows stays in
 * `error`, which the alert lists, so an issue is never dropped. `onError` is for a form that places them its own
 * way: it returns what to show above the buttons.
 */
export function useSave<Current>(
  form: { setFieldError: (path: string, error: string) => void; validate: () => { hasErrors: boolean } },
  fields: FieldPlaces = [],
  onError?: (err: ApiError) => unknown,
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Current | null>(null);
  const shown = (err: ApiError) => alertAfterFields(form, err, fields, t);
  /**
   * `saved` is typed from the action, so a create-or-update passes either record on. `validate: false` is for an
   * action that sends none of the form's values, so a half-typed edit cannot block it.
   */
  const run = async <Action extends () => Promise<unknown>>(
    action: Action,
    onDone: (saved: Awaited<ReturnType<Action>>) => unknown,
    { validate = true } = {},
  ) => {
    if (validate && form.validate().hasErrors) return;
    setBusy(true);
    setError(null);
    try {
      const saved = (await action()) as Awaited<ReturnType<Action>>;
      setConflict(null);
      // Awaited so the buttons stay busy while the lists the save changed reload.
      await onDone(saved);
    } catch (e) {
      const err = asApiError(e);
      const current = err.conflictCurrent<Current>();
      if (current) setConflict(current);
      else setError((onError ?? shown)(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, conflict, setConflict, run };
}

/** Optional text as the API wants it: blank is null. */
export const orNull = (v: string) => (v.trim() ? v.trim() : null);
