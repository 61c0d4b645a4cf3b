import { Badge, Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { PlaceName } from '../reference/PlaceName';
import { useSectors } from '../reference/reference.api';
import { EmployerFormModal } from './EmployerFormModal';
import { canEditJobs } from './job-roles';
import { useEmployers } from './jobs.api';
import { employerLabel, useSectorName, yesNoText } from './jobs-text';

export default function EmployersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const [q, setQ] = useState('');
  const [sector, setSector] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 300);
  const [creating, setCreating] = useState(false);
  const employers = useEmployers({ q: debounced, sector: sector ?? undefined });
  const sectors = useSectors().data ?? [];
  const sectorName = useSectorName();
  return (
    <>
      <PageHeader
        title={t('jobs.employers.title')}
        description={t('jobs.employers.description')}
        actions={
          canEditJobs(me.role) && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('jobs.employers.new')}
            </Button>
          )
        }
      />
      <Group mb="md" gap="sm" wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} aria-hidden />}
          label={t('jobs.employers.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('jobs.fields.sector')}
          clearable
          value={sector}
          onChange={setSector}
          data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
        />
      </Group>
      {employers.isError && <ErrorAlert error={employers.error} onRetry={() => void employers.refetch()} />}
      {employers.isPending ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('jobs.employers.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('jobs.fields.name')}</Table.Th>
                <Table.Th>{t('jobs.fields.sector')}</Table.Th>
                <Table.Th>{t('jobs.fields.province')}</Table.Th>
                <Table.Th>{t('jobs.fields.nssfRegistered')}</Table.Th>
                <Table.Th>{t('jobs.employers.openVacancies')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employers.data?.items.length === 0 && <EmptyRow colSpan={5} text={t('jobs.employers.none')} />}
              {employers.data?.items.map((e) => (
                <Table.Tr key={e.id} data-testid="employer-row">
                  <Table.Td>
                    <AnchorLink to="/employers/$employerId" params={{ employerId: e.id }}>
                      {employerLabel(e, language)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{sectorName(e.sector)}</Table.Td>
                  <Table.Td>
                    <PlaceName code={e.provinceCode} />
                  </Table.Td>
                  <Table.Td>{yesNoText(e.nssfRegistered, t)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={e.openVacancies ? 'green' : 'gray'}>
                      {e.openVacancies}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <EmployerFormModal employer={null} onClose={() => setCreating(false)} />}
    </>
  );
}
