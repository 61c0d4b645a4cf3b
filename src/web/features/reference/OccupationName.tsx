import { useLanguage } from '../../i18n/use-language';
import { occupationLabel } from './occupation-text';
import { useOccupationByCode } from './reference.api';

/** A stored ISCO-08 code as its occupation name (the bare code while loading or when unknown). */
export function OccupationName({ code }: { code: string | null | undefined }) {
  const language = useLanguage();
  const occupation = useOccupationByCode(code).data;
  if (!code) return <>—</>;
  return <>{occupation ? occupationLabel(occupation, language) : code}</>;
}
