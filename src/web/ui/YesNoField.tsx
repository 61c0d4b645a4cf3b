import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from './ChoiceField';

type YesNo = '' | 'yes' | 'no';

/** Yes, no, or not asked: "not asked" is kept apart from "no", so a blank is never counted as a no. */
export function YesNoField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: YesNo;
  onChange: (value: YesNo) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      label={label}
      value={value || 'unknown'}
      onChange={(v) => onChange(v === 'unknown' ? '' : v)}
      error={error}
      data={[
        { value: 'unknown', label: t('common.notAsked') },
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    />
  );
}
