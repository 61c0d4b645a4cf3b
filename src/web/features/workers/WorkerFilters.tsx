import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, SEXES, WORKER_STATUSES } from '../../../shared/contracts/workers';
import { useMe } from '../../auth/session';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useCentres } from '../centres/centres.api';
import { PlacePicker } from '../reference/PlacePicker';
import { useSectors } from '../reference/reference.api';

export interface WorkerFilterValues {
  centreId: string;
  placeCode: string;
  sex: string;
  ageBand: string;
  sector: string;
  status: string;
}

export const NO_FILTERS: WorkerFilterValues = {
  centreId: '',
  placeCode: '',
  sex: '',
  ageBand: '',
  sector: '',
  status: '',
};

interface Props {
  value: WorkerFilterValues;
  onChange: (next: WorkerFilterValues) => void;
}

/** Filters that narrow a search or browse the register; none of them carries a name, so none leaks one. */
export function WorkerFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const centres = useCentres().data ?? [];
  const sectors = useSectors().data ?? [];
  const manyCentres = me.national || me.centreIds.length > 1;
  const set = (key: keyof WorkerFilterValues) => (v: string | null) => onChange({ ...value, [key]: v ?? '' });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: manyCentres ? 6 : 5 }} spacing="sm">
      {manyCentres && (
        <Select
          label={t('workers.filters.centre')}
          placeholder={t('workers.filters.any')}
          data={centres
            .filter((c) => me.national || me.centreIds.includes(c.id))
            .map((c) => ({ value: c.id, label: `${c.code} · ${localName(c, language)}` }))}
          value={value.centreId || null}
          onChange={set('centreId')}
          clearable
        />
      )}
      <PlacePicker
        label={t('workers.filters.place')}
        placeholder={t('workers.filters.anyPlace')}
        maxLevel={3}
        value={value.placeCode || null}
        onChange={set('placeCode')}
      />
      <Select
        label={t('workers.fields.sex')}
        placeholder={t('workers.filters.any')}
        data={SEXES.map((s) => ({ value: s, label: t(`workers.sex.${s}`) }))}
        value={value.sex || null}
        onChange={set('sex')}
        clearable
      />
      <Select
        label={t('workers.filters.ageBand')}
        placeholder={t('workers.filters.any')}
        data={AGE_BANDS.map((b) => ({ value: b, label: t('workers.filters.ageBandLabel', { band: b }) }))}
        value={value.ageBand || null}
        onChange={set('ageBand')}
        clearable
      />
      <Select
        label={t('workers.filters.sector')}
        placeholder={t('workers.filters.any')}
        data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
        value={value.sector || null}
        onChange={set('sector')}
        clearable
      />
      <Select
        label={t('workers.fields.status')}
        placeholder={t('workers.filters.current')}
        data={WORKER_STATUSES.map((s) => ({ value: s, label: t(`workers.status.${s}`) }))}
        value={value.status || null}
        onChange={set('status')}
        clearable
      />
    </SimpleGrid>
  );
}

/** The filters in the search request's shape; the place goes to the field of its level. */
export function filterQuery(f: WorkerFilterValues) {
  const place = f.placeCode;
  return {
    ...(f.centreId ? { centreId: f.centreId } : {}),
    ...(place.length === 2 ? { provinceCode: place } : {}),
    ...(place.length === 4 ? { districtCode: place } : {}),
    ...(place.length === 6 ? { communeCode: place } : {}),
    ...(f.sex ? { sex: f.sex as (typeof SEXES)[number] } : {}),
    ...(f.ageBand ? { ageBand: f.ageBand as (typeof AGE_BANDS)[number] } : {}),
    ...(f.sector ? { sector: f.sector } : {}),
    ...(f.status ? { status: f.status as (typeof WORKER_STATUSES)[number] } : {}),
  };
}
