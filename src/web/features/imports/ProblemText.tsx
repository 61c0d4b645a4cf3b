import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** The gazetteer's reasons name levels in English words; the screen says them as the level filter does. */
const LEVELS: Record<string, number> = { province: 1, district: 2, commune: 3, village: 4 };
const LEVEL_PARAMS = new Set(['level', 'typeLevel']);

export interface Problem {
  code?: string | null;
  params?: Record<string, string | number> | null;
  /** The server's English sentence, shown when the code is missing or unknown to this version. */
  english: string | null;
}

/** Says an import problem in the user's language: the code's translation, or else the English text. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return useCallback(
    ({ code, params, english }: Problem): { text: string; english: boolean } => {
      const key = `importProblems.${code}`;
      if (!code || !i18n.exists(key)) return { text: english ?? '', english: true };
      const values: Record<string, string> = {};
      for (const [name, value] of Object.entries(params ?? {})) {
        const level = LEVEL_PARAMS.has(name) ? LEVELS[String(value)] : undefined;
        values[name] =
          level !== undefined
            ? t(`reference.levels.${level}`)
            : typeof value === 'number'
              ? formatNumber(value, language)
              : value;
      }
      return { text: t(key, values), english: false };
    },
    [t, i18n, language],
  );
}

/** A problem as text; an English fallback inside a Khmer screen is marked so that screen readers switch voice. */
export function ProblemText({ problem }: { problem: Problem }) {
  const say = useProblemText();
  const language = useLanguage();
  const { text, english } = say(problem);
  return <span lang={english && language !== 'en' ? 'en' : undefined}>{text}</span>;
}
