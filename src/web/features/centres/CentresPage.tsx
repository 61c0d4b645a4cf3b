import { ActionIcon, Badge, Button, Table } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCentre } from '../../../shared/contracts/centres';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useProvinces } from '../reference/provinces.api';
import { CentreFormModal } from './CentreFormModal';
import { useCentres } from './centres.api';

export default function CentresPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const centres = useCentres();
  const provinces = useProvinces().data ?? [];
  // undefined: no form open; null: creating a new centre.
  const [editing, setEditing] = useState<TCentre | null | undefined>(undefined);
  const provinceName = (code: string) => {
    const p = provinces.find((x) => x.code === code);
    return p ? localName(p, language) : code;
  };

  return (
    <>
      <PageHeader
        title={t('centres.title')}
        description={t('centres.description')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
            {t('centres.new')}
          </Button>
        }
      />
      {centres.isError && <ErrorAlert error={centres.error} onRetry={() => void centres.refetch()} />}
      {centres.isPending ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('centres.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('centres.fields.code')}</Table.Th>
                <Table.Th>{t('centres.fields.name')}</Table.Th>
                <Table.Th>{t('centres.fields.province')}</Table.Th>
                <Table.Th>{t('centres.fields.phone')}</Table.Th>
                <Table.Th>{t('users.fields.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {centres.data?.length === 0 && <EmptyRow colSpan={6} text={t('centres.none')} />}
              {centres.data?.map((c) => (
                <Table.Tr key={c.id} data-testid={`centre-row-${c.code}`}>
                  <Table.Td className="nowrap">{c.code}</Table.Td>
                  <Table.Td>{localName(c, language)}</Table.Td>
                  <Table.Td>{provinceName(c.provinceCode)}</Table.Td>
                  <Table.Td className="nowrap">{c.phone ?? '—'}</Table.Td>
                  <Table.Td>
                    {c.active ? (
                      <Badge color="green" variant="light">
                        {t('centres.active')}
                      </Badge>
                    ) : (
                      <Badge color="gray">{t('centres.inactive')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => setEditing(c)}
                      aria-label={t('centres.editLabel', { code: c.code })}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing !== undefined && (
        <CentreFormModal key={editing?.id ?? 'new'} centre={editing} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
