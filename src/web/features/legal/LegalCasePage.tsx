import { Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TLegalCase } from '../../../shared/contracts/legal';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Facts } from '../../ui/Facts';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { LegalCaseForm } from './LegalCaseForm';
import { useLegalCase } from './legal.api';

/** Claimed, awarded and received, summed per currency: what the worker is owed against what reached them. */
function Totals({ c }: { c: TLegalCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sums = new Map<string, number>();
  for (const a of c.amounts)
    sums.set(`${a.kind} ${a.currency}`, (sums.get(`${a.kind} ${a.currency}`) ?? 0) + a.amount);
  if (sums.size === 0) return <Text size="sm">—</Text>;
  return (
    <Stack gap={0}>
      {[...sums].map(([key, total]) => {
        const [kind, currency] = key.split(' ');
        return (
          <Text size="sm" key={key}>
            {t(`legal.amountKinds.${kind}`)}: {formatNumber(total, language)} {currency}
          </Text>
        );
      })}
    </Stack>
  );
}

export default function LegalCasePage() {
  const { caseId = '' } = useParams({ strict: false });
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useLegalCase(caseId);
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading />;
  const c = query.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('legal.page.title', { claim: t(`legal.claimTypes.${c.claimType}`) })}
        description={t('legal.page.confidential')}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {/* The form keeps the version it was loaded from; after a save it continues from the saved record. */}
          <LegalCaseForm key={c.id} legalCase={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title={t('legal.page.summary')} testId="legal-case-summary">
              <Facts
                items={[
                  [
                    t('legal.fields.worker'),
                    <AnchorLink key="w" to="/workers/$workerId" params={{ workerId: c.workerId }}>
                      {c.workerRegNo} · {c.workerName}
                    </AnchorLink>,
                  ],
                  [t('legal.fields.handler'), c.handler.name],
                  [
                    t('legal.fields.status'),
                    <Group key="s" gap="xs">
                      <Badge variant="light">{t(`legal.statuses.${c.status}`)}</Badge>
                      {c.outcome && <Text size="sm">{t(`legal.outcomes.${c.outcome}`)}</Text>}
                    </Group>,
                  ],
                  [t('legal.fields.openedOn'), formatDate(c.openedOn, language)],
                  [t('legal.fields.closedOn'), formatDate(c.closedOn, language)],
                  [t('legal.amounts.totals'), <Totals key="t" c={c} />],
                ]}
              />
            </SectionCard>
            <AttachmentsPanel ownerKind="legal_case" ownerId={c.id} canUpload />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
