import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error';
import { applyFieldIssues } from './error-text';

/**
 * The save cycle every versioned form shares: busy flag, field errors under their fields, other errors above the
 * buttons, and a stale version kept as `conflict` (the record as now saved) so the form can show both versions.
 */
export function useSave<Current>(
  form: { setFieldError: (path: string, error: string) => void; validate: () => { hasErrors: boolean } },
  fields: readonly string[],
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Current | null>(null);
  const run = async (action: () => Promise<unknown>, onDone: () => void) => {
    if (form.validate().hasErrors) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      setConflict(null);
      onDone();
    } catch (e) {
      const err = asApiError(e);
      const current = err.conflictCurrent<Current>();
      if (current) setConflict(current);
      else if (applyFieldIssues(form, err, fields, t).length > 0 || err.fieldIssues.length === 0)
        setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, conflict, setConflict, run };
}

/** Optional text as the API wants it: blank is null. */
export const orNull = (v: string) => (v.trim() ? v.trim() : null);
