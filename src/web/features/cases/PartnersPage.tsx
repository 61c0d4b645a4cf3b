import { Badge, Button, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPartner } from '../../../shared/contracts/partners';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useProvinces } from '../reference/provinces.api';
import { label } from './case-options';
import { usePartners } from './cases.api';
import { PartnerModal } from './PartnerModal';

/** The organisations returnees are referred to; retired ones stay listed so old referrals keep their names. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const partners = usePartners(true);
  const provinces = useProvinces();
  const [editing, setEditing] = useState<TPartner | null | 'new'>(null);
  const province = (code: string | null) => {
    const p = provinces.data?.find((x) => x.code === code);
    return p ? localName(p, language) : '—';
  };
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('cases.partners.title')}
        description={t('cases.partners.description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('cases.partners.add')}
          </Button>
        }
      />
      {partners.isError && <ErrorAlert error={partners.error} onRetry={() => void partners.refetch()} />}
      {partners.isPending && <Loading />}
      {partners.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.partners.name')}</Table.Th>
                <Table.Th>{t('cases.partners.kind')}</Table.Th>
                <Table.Th>{t('cases.partners.province')}</Table.Th>
                <Table.Th>{t('cases.partners.contact')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.data.length === 0 && <EmptyRow colSpan={5} text={t('cases.partners.none')} />}
              {partners.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {localName(p, language)}{' '}
                    {!p.active && (
                      <Badge color="gray" variant="light">
                        {t('cases.partners.retired')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{label('partnerKinds', p.kind)}</Table.Td>
                  <Table.Td>{province(p.provinceCode)}</Table.Td>
                  <Table.Td>{p.contact ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setEditing(p)}
                      aria-label={t('cases.partners.editNamed', { name: localName(p, language) })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <PartnerModal partner={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
