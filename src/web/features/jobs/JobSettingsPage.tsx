import { Button, Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECENT_ITEMS, type JobSettings, type SettingKey } from '../../../shared/contracts/job-settings';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { useSectors } from '../reference/reference.api';
import { refreshJobs, saveSetting, useJobSettings } from './jobs.api';
import { MinimumWagesCard } from './MinimumWagesCard';

/** Saves one setting with the version read; on a conflict the page reloads what the other admin saved. */
function useSave(settings: JobSettings) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const save = async (key: SettingKey, value: unknown) => {
    setError(null);
    try {
      await saveSetting(key, settings.versions[key], value);
      notifications.show({ color: 'green', message: t('jobs.saved') });
    } catch (e) {
      setError(e);
    } finally {
      await refreshJobs(queryClient);
    }
  };
  return { save, error };
}

function SettingsForms({ settings }: { settings: JobSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectors = useSectors().data ?? [];
  const { save, error } = useSave(settings);
  const [required, setRequired] = useState<string[]>(settings.decentRule.required);
  const [livelihood, setLivelihood] = useState(settings.livelihood);
  const [matching, setMatching] = useState(settings.matching);
  const num = (v: number | string) => (v === '' ? 0 : Number(v));
  return (
    <Stack gap="md">
      {error !== null && <ErrorAlert error={error} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SectionCard title={t('jobs.settings.decentRule')} testId="decent-rule">
          <Text size="sm" c="dimmed" mb="xs">
            {t('jobs.settings.decentRuleHint')}
          </Text>
          <Checkbox.Group value={required} onChange={setRequired}>
            <Stack gap={6}>
              {DECENT_ITEMS.map((i) => (
                <Checkbox key={i} value={i} label={t(`jobs.decent.${i}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end" mt="sm">
            <Button onClick={() => void save('decent_rule', { required })}>{t('common.save')}</Button>
          </Group>
        </SectionCard>
        <Stack gap="md">
          <SectionCard title={t('jobs.settings.livelihood')} testId="livelihood">
            <Stack gap="xs">
              <NumberInput
                label={t('jobs.settings.threshold')}
                min={0}
                value={livelihood.thresholdUsdMonth}
                onChange={(v) => setLivelihood({ ...livelihood, thresholdUsdMonth: num(v) })}
              />
              <NumberInput
                label={t('jobs.settings.baselineShare')}
                min={0}
                max={5}
                step={0.1}
                decimalScale={2}
                value={livelihood.baselineShare}
                onChange={(v) => setLivelihood({ ...livelihood, baselineShare: num(v) })}
              />
              <MultiSelect
                label={t('jobs.settings.livelihoodSectors')}
                value={livelihood.sectors}
                onChange={(v) => setLivelihood({ ...livelihood, sectors: v })}
                data={sectors.map((s) => ({ value: s.code, label: localName(s, language) }))}
              />
              <Group justify="flex-end">
                <Button onClick={() => void save('livelihood', livelihood)}>{t('common.save')}</Button>
              </Group>
            </Stack>
          </SectionCard>
          <SectionCard title={t('jobs.settings.matching')} testId="matching-settings">
            <Stack gap="xs">
              <NumberInput
                label={t('jobs.settings.congestion')}
                description={t('jobs.settings.congestionHint')}
                min={0.5}
                max={50}
                step={0.5}
                value={matching.congestionMultiple}
                onChange={(v) => setMatching({ ...matching, congestionMultiple: num(v) })}
              />
              {(['agriculture', 'women', 'disability'] as const).map((k) => (
                <NumberInput
                  key={k}
                  label={t(`jobs.settings.priority.${k}`)}
                  min={0}
                  max={1}
                  step={0.05}
                  decimalScale={2}
                  value={matching.priorities[k]}
                  onChange={(v) =>
                    setMatching({ ...matching, priorities: { ...matching.priorities, [k]: num(v) } })
                  }
                />
              ))}
              <Group justify="flex-end">
                <Button onClick={() => void save('matching', matching)}>{t('common.save')}</Button>
              </Group>
            </Stack>
          </SectionCard>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

export default function JobSettingsPage() {
  const { t } = useTranslation();
  const settings = useJobSettings();
  return (
    <>
      <PageHeader title={t('jobs.settings.title')} description={t('jobs.settings.description')} />
      {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data ? (
        <Stack gap="md">
          <MinimumWagesCard wages={settings.data.minimumWages} />
          <SettingsForms key={JSON.stringify(settings.data.versions)} settings={settings.data} />
        </Stack>
      ) : (
        !settings.isError && <Loading />
      )}
    </>
  );
}
