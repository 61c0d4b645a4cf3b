import { Grid, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legalOptions, RESPONDENT_COUNTRIES } from './legal-options';

export interface RespondentValues {
  respondentKind: string;
  respondentName: string;
  respondentCountry: string;
}

interface Props {
  values: RespondentValues;
  errors: Partial<Record<keyof RespondentValues, React.ReactNode>>;
  onChange: (field: keyof RespondentValues, value: string) => void;
}

/** Who the claim is against: an employer, broker or agency, by name and country. */
export function RespondentFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const o = legalOptions(t);
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label={t('legal.fields.respondentKind')}
          data={o.respondentKinds}
          value={values.respondentKind || null}
          onChange={(v) => onChange('respondentKind', v ?? '')}
          error={errors.respondentKind}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput
          label={t('legal.fields.respondentName')}
          value={values.respondentName}
          onChange={(e) => onChange('respondentName', e.currentTarget.value)}
          error={errors.respondentName}
          maxLength={200}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <Select
          label={t('legal.fields.respondentCountry')}
          data={RESPONDENT_COUNTRIES.map((c) => ({ value: c, label: t(`legal.countries.${c}`) }))}
          value={values.respondentCountry || null}
          onChange={(v) => onChange('respondentCountry', v ?? '')}
          error={errors.respondentCountry}
          clearable
        />
      </Grid.Col>
    </Grid>
  );
}

/** The respondent for the API: all three parts or none; a half-filled respondent is a form error. */
export function respondentOf(v: RespondentValues) {
  if (!v.respondentKind && !v.respondentName.trim() && !v.respondentCountry) return null;
  return {
    kind: v.respondentKind as 'employer' | 'broker' | 'agency',
    name: v.respondentName.trim(),
    country: v.respondentCountry,
  };
}

export function respondentErrors(v: RespondentValues, required: string) {
  if (!respondentOf(v)) return {};
  return {
    respondentKind: v.respondentKind ? null : required,
    respondentName: v.respondentName.trim() ? null : required,
    respondentCountry: v.respondentCountry ? null : required,
  };
}
