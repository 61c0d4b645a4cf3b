import { Badge, Button, Grid, Group, List, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFollowUp } from '../../../shared/contracts/placements';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Facts } from '../../ui/Facts';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { OccupationName } from '../reference/OccupationName';
import { PlaceName } from '../reference/PlaceName';
import { FollowUpModal } from './FollowUpModal';
import { canEditJobs } from './job-roles';
import { usePlacement } from './jobs.api';
import { today, useSectorName, wageText, yesNoText } from './jobs-text';

const RESULT_COLOR = { holds: 'green', fails: 'red', unknown: 'gray', not_yet: 'blue' } as const;

export function DecentBadge({ decent }: { decent: boolean | null }) {
  const { t } = useTranslation();
  if (decent === null) return <Badge color="gray">{t('jobs.decent.notChecked')}</Badge>;
  return (
    <Badge color={decent ? 'green' : 'red'}>
      {t(decent ? 'jobs.decent.decent' : 'jobs.decent.notDecent')}
    </Badge>
  );
}

function FollowUpCard({ f, onRecord }: { f: TFollowUp; onRecord: (() => void) | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = !f.doneOn && f.dueOn < today();
  return (
    <SectionCard
      title={t(`jobs.stage.${f.stage}`)}
      testId={`follow-up-${f.stage}`}
      actions={
        <Group gap="xs">
          {f.doneOn ? (
            <DecentBadge decent={f.decent} />
          ) : (
            <Badge color={overdue ? 'red' : 'yellow'}>
              {t(overdue ? 'jobs.followUps.overdue' : 'jobs.followUps.due')}
            </Badge>
          )}
          {onRecord && (
            <Button size="compact-sm" variant="light" onClick={onRecord}>
              {t(f.doneOn ? 'jobs.followUps.correct' : 'jobs.followUps.record')}
            </Button>
          )}
        </Group>
      }
    >
      <Text size="sm" c="dimmed">
        {f.doneOn
          ? t('jobs.followUps.doneText', { date: formatDate(f.doneOn, language) })
          : t('jobs.followUps.dueText', { date: formatDate(f.dueOn, language) })}
      </Text>
      {f.evaluation && (
        <List size="sm" spacing={2} mt="xs">
          {f.evaluation.items.map((i) => (
            <List.Item
              key={i.item}
              icon={
                <Badge size="xs" color={RESULT_COLOR[i.result]}>
                  {t(`jobs.result.${i.result}`)}
                </Badge>
              }
            >
              {t(`jobs.decent.${i.item}`)}
              {!i.required && ` (${t('jobs.decent.notRequired')})`}
              {i.figures &&
                'minimumUsdMonth' in i.figures &&
                ` — ${t('jobs.decent.wageFigures', { wage: i.figures.wageUsdMonth, minimum: i.figures.minimumUsdMonth })}`}
            </List.Item>
          ))}
        </List>
      )}
      {f.evaluation?.livelihood && (
        <Text size="sm" mt="xs">
          {t(f.evaluation.livelihood.ok ? 'jobs.livelihood.ok' : 'jobs.livelihood.notOk', {
            income: f.evaluation.livelihood.incomeUsdMonth ?? '—',
            threshold: f.evaluation.livelihood.thresholdUsdMonth,
          })}
        </Text>
      )}
      {f.note && (
        <Text size="sm" mt="xs">
          {f.note}
        </Text>
      )}
    </SectionCard>
  );
}

export default function PlacementPage() {
  const { placementId = '' } = useParams({ strict: false });
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const placement = usePlacement(placementId);
  const sectorName = useSectorName();
  const [recording, setRecording] = useState<TFollowUp | null>(null);
  if (placement.isError)
    return <ErrorAlert error={placement.error} onRetry={() => void placement.refetch()} />;
  if (!placement.data) return <Loading />;
  const p = placement.data;
  const canEdit = canEditJobs(me.role);
  return (
    <>
      <PageHeader
        title={p.title ?? t(p.kind === 'self' ? 'jobs.placements.selfEmployment' : 'jobs.placements.title')}
        description={`${p.workerName} · ${p.employerName ?? ''}`}
        actions={<DecentBadge decent={p.decent} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard title={t('jobs.placements.details')}>
            <Facts
              items={[
                [
                  t('jobs.placements.worker'),
                  <AnchorLink
                    key="w"
                    to="/workers/$workerId"
                    params={{ workerId: p.workerId }}
                  >{`${p.workerName} · ${p.workerRegNo}`}</AnchorLink>,
                ],
                [
                  t('jobs.fields.employer'),
                  p.employerId ? (
                    <AnchorLink key="e" to="/employers/$employerId" params={{ employerId: p.employerId }}>
                      {p.employerName}
                    </AnchorLink>
                  ) : (
                    p.employerName
                  ),
                ],
                [t('jobs.placements.kind'), t(`jobs.placements.kinds.${p.kind}`)],
                [t('jobs.placements.foundBy'), t(`jobs.placements.found.${p.foundBy}`)],
                [
                  t('jobs.fields.occupationIsco'),
                  p.occupationIsco ? <OccupationName key="o" code={p.occupationIsco} /> : null,
                ],
                [t('jobs.fields.sector'), sectorName(p.sector)],
                [
                  t('jobs.fields.place'),
                  <PlaceName key="pl" code={p.communeCode ?? p.districtCode ?? p.provinceCode} />,
                ],
                [t('jobs.placements.startedOn'), formatDate(p.startedOn, language)],
                [
                  t('jobs.placements.endedOn'),
                  p.endedOn
                    ? `${formatDate(p.endedOn, language)}${p.endReason ? ` (${p.endReason})` : ''}`
                    : null,
                ],
                [t('jobs.fields.wage'), wageText(p, t, language)],
                [t('jobs.fields.contractWritten'), yesNoText(p.contractWritten, t)],
                [t('jobs.fields.hoursPerWeek'), p.hoursPerWeek === null ? null : String(p.hoursPerWeek)],
                [t('jobs.fields.nssfRegistered'), yesNoText(p.nssfRegistered, t)],
                [
                  t('jobs.placements.baseline'),
                  p.baselineIncomeUsd === null ? null : `US$${p.baselineIncomeUsd}`,
                ],
              ]}
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            {p.followUps.map((f) => (
              <FollowUpCard key={f.id} f={f} onRecord={canEdit ? () => setRecording(f) : null} />
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
      {recording && <FollowUpModal placement={p} followUp={recording} onClose={() => setRecording(null)} />}
    </>
  );
}
