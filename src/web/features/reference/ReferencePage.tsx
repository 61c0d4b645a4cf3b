import { Tabs } from '@mantine/core';
import { IconBriefcase, IconBuildingFactory2, IconFileImport, IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ImportTab } from './ImportTab';
import { OccupationsTab } from './OccupationsTab';
import { PlacesTab } from './PlacesTab';
import { SectorsTab } from './SectorsTab';

export default function ReferencePage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('places');
  return (
    <>
      <PageHeader title={t('reference.title')} description={t('reference.description')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="places" leftSection={<IconMapPin size={16} aria-hidden />}>
            {t('reference.tabs.places')}
          </Tabs.Tab>
          <Tabs.Tab value="occupations" leftSection={<IconBriefcase size={16} aria-hidden />}>
            {t('reference.tabs.occupations')}
          </Tabs.Tab>
          <Tabs.Tab value="sectors" leftSection={<IconBuildingFactory2 size={16} aria-hidden />}>
            {t('reference.tabs.sectors')}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} aria-hidden />}>
            {t('reference.tabs.import')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="places">
          <PlacesTab />
        </Tabs.Panel>
        <Tabs.Panel value="occupations">
          <OccupationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="sectors">
          <SectorsTab />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ImportTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
