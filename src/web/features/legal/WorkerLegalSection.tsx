import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLegalCaseListItem } from '../../../shared/contracts/legal';
import { canOpen } from '../../auth/access';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { SectionCard } from '../../ui/SectionCard';
import { useWorkerLegalCases } from './legal.api';
import { NewLegalCaseModal } from './NewLegalCaseModal';

function CaseLine({ item }: { item: TLegalCaseListItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const opened = formatDate(item.openedOn, language);
  if (item.restricted) {
    return (
      <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="legal-case-restricted">
        <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
        <Text size="sm">{t('legal.worker.restricted', { handler: item.handler.name, date: opened })}</Text>
      </Group>
    );
  }
  return (
    <Stack gap={2} data-testid="legal-case-line">
      <Group gap="xs">
        <AnchorLink to="/legal-cases/$caseId" params={{ caseId: item.id }} fw={600}>
          {t(`legal.claimTypes.${item.claimType}`)}
        </AnchorLink>
        <Badge variant="light" color={item.status === 'closed' ? 'gray' : 'blue'}>
          {t(`legal.statuses.${item.status}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('legal.worker.line', { handler: item.handler.name, date: opened })}
        {item.respondentName ? ` · ${item.respondentName}` : ''}
      </Text>
    </Stack>
  );
}

/** The worker page's legal block: every case for the legal roles; for other staff, only who handles each. */
export function WorkerLegalSection({
  workerId,
  centreId,
  canOpenNew,
}: {
  workerId: string;
  centreId: string;
  canOpenNew: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const cases = useWorkerLegalCases(workerId);
  const [opening, setOpening] = useState(false);
  const mayOpen = canOpenNew && canOpen(me.role, 'legal');
  return (
    <SectionCard
      title={t('legal.worker.title')}
      testId="section-legal"
      actions={
        mayOpen && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setOpening(true)}
          >
            {t('legal.worker.open')}
          </Button>
        )
      }
    >
      {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.isPending && <Loading />}
      {cases.data && cases.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('legal.worker.none')}
        </Text>
      )}
      {cases.data && cases.data.length > 0 && (
        <Stack gap="sm">
          {cases.data.map((item) => (
            <CaseLine key={item.id} item={item} />
          ))}
        </Stack>
      )}
      {opening && (
        <NewLegalCaseModal workerId={workerId} centreId={centreId} onClose={() => setOpening(false)} />
      )}
    </SectionCard>
  );
}
