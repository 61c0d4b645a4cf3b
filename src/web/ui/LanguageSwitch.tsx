import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

export function LanguageSwitch({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={[
        // Each language is named in its own script, so people can find theirs whichever is showing.
        { value: 'km', label: <span lang="km">{t('language.km')}</span> },
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
      ]}
    />
  );
}
