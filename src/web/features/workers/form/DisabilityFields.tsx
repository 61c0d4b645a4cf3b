import { Fieldset, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WG_ANSWERS, WG_DOMAINS } from '../../../../shared/contracts/workers';
import type { WorkerForm } from './form-types';

/**
 * The Washington Group short set: six questions asked as written ("Do you have difficulty seeing, even if
 * wearing glasses?"), each answered on the same four-point scale. Disability is derived from the answers,
 * never asked directly, so the figures compare with national surveys.
 */
export function DisabilityFields({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const answers = WG_ANSWERS.map((a) => ({ value: a, label: t(`workers.wg.answers.${a}`) }));
  return (
    <Fieldset
      legend={
        <Title order={3} size="h5" component="span">
          {t('workers.sections.disability')}
        </Title>
      }
      variant="unstyled"
    >
      <Text size="sm" c="dimmed" mb="xs">
        {t('workers.help.disability')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {WG_DOMAINS.map((domain) => (
          <Select
            key={domain}
            label={t(`workers.wg.questions.${domain}`)}
            data={answers}
            clearable
            placeholder={t('common.notAsked')}
            {...form.getInputProps(`disability.${domain}`)}
            value={form.values.disability[domain] || null}
            onChange={(v) => form.setFieldValue(`disability.${domain}`, (v ?? '') as never)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
