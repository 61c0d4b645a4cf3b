import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DECENT_ITEMS,
  type TChecklist,
  type TFollowUp,
  type TPlacement,
} from '../../../shared/contracts/placements';
import { asApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { recordFollowUp, refreshJobs } from './jobs.api';
import { today } from './jobs-text';

type Answer = 'yes' | 'no' | 'unknown';
const toAnswer = (v: boolean | null | undefined): Answer =>
  v === true ? 'yes' : v === false ? 'no' : 'unknown';
const fromAnswer = (a: Answer) => (a === 'yes' ? true : a === 'no' ? false : null);

/** Records one follow-up: each item of the decent-work checklist as found, and the wage and hours seen. */
export function FollowUpModal({
  placement,
  followUp,
  onClose,
}: {
  placement: TPlacement;
  followUp: TFollowUp;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, Answer>>(
    Object.fromEntries(DECENT_ITEMS.map((i) => [i, toAnswer(followUp.checklist?.[i])])),
  );
  const [doneOn, setDoneOn] = useState(followUp.doneOn ?? today());
  const [wage, setWage] = useState<number | string>(placement.wageAmount ?? '');
  const [hours, setHours] = useState<number | string>(placement.hoursPerWeek ?? '');
  const [income, setIncome] = useState<number | string>(followUp.incomeUsdMonth ?? '');
  const [note, setNote] = useState(followUp.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const checklist: TChecklist = Object.fromEntries(
        DECENT_ITEMS.map((i) => [i, fromAnswer(answers[i] as Answer)]),
      );
      await recordFollowUp(placement.id, followUp.stage, {
        version: followUp.version,
        doneOn,
        checklist,
        wageAmount: wage === '' ? null : Number(wage),
        hoursPerWeek: hours === '' ? null : Number(hours),
        incomeUsdMonth: income === '' ? null : Number(income),
        note: note || null,
      });
      await refreshJobs(queryClient);
      onClose();
    } catch (e) {
      setError(e);
      if (asApiError(e).code === 'VERSION_CONFLICT') await refreshJobs(queryClient);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('jobs.followUps.recordTitle', { stage: t(`jobs.stage.${followUp.stage}`) })}
    >
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        <Group grow>
          <TextInput
            type="date"
            label={t('jobs.followUps.doneOn')}
            value={doneOn}
            onChange={(e) => setDoneOn(e.currentTarget.value)}
          />
          <NumberInput label={t('jobs.followUps.wage')} min={0} value={wage} onChange={setWage} />
          <NumberInput
            label={t('jobs.fields.hoursPerWeek')}
            min={1}
            max={112}
            value={hours}
            onChange={setHours}
          />
        </Group>
        {placement.livelihoodMeasured && (
          <NumberInput label={t('jobs.followUps.income')} min={0} value={income} onChange={setIncome} />
        )}
        <Table verticalSpacing={6} aria-label={t('jobs.followUps.checklist')}>
          <Table.Tbody>
            {DECENT_ITEMS.map((item) => (
              <Table.Tr key={item}>
                <Table.Td>
                  <Text size="sm">{t(`jobs.decent.${item}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t(`jobs.decent.${item}`)}
                    value={answers[item]}
                    onChange={(v) => setAnswers({ ...answers, [item]: v as Answer })}
                    data={[
                      { value: 'yes', label: t('common.yes') },
                      { value: 'no', label: t('common.no') },
                      { value: 'unknown', label: t('jobs.followUps.unknown') },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Textarea
          label={t('jobs.pipeline.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!doneOn}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
