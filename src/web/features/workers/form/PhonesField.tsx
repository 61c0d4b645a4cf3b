import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPhonePlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPhoneKH, normalizePhoneKH } from '../../../../shared/phones';
import type { WorkerForm } from './form-types';

const MAX_PHONES = 5;

/**
 * One box per phone (a household often shares one, a returnee may keep a Thai SIM). Whatever way the number is
 * typed, the box shows how it will be stored, so a digit too many is seen at once.
 */
export function PhonesField({ form }: { form: WorkerForm }) {
  const { t } = useTranslation();
  const phones = form.values.phones;
  return (
    <Input.Wrapper
      label={t('workers.fields.phones')}
      description={t('workers.help.phones')}
      labelElement="div"
    >
      <Stack gap="xs" mt={4}>
        {phones.map((_, i) => {
          const value = phones[i] ?? '';
          const e164 = normalizePhoneKH(value);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: phone boxes have no identity beyond their position
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <Stack gap={2} style={{ flex: 1 }}>
                <TextInput
                  aria-label={t('workers.fields.phoneN', { n: i + 1 })}
                  type="tel"
                  inputMode="tel"
                  autoComplete="off"
                  placeholder="012 345 678"
                  {...form.getInputProps(`phones.${i}`)}
                />
                {e164 && (
                  <Text size="xs" c="dimmed" data-testid="phone-reads">
                    {t('workers.help.phoneReads', { phone: formatPhoneKH(e164) })}
                  </Text>
                )}
              </Stack>
              {phones.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={2}
                  onClick={() => form.removeListItem('phones', i)}
                  aria-label={t('workers.actions.removePhone', { n: i + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          );
        })}
        {phones.length < MAX_PHONES && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPhonePlus size={16} aria-hidden />}
              onClick={() => form.insertListItem('phones', '')}
            >
              {t('workers.actions.addPhone')}
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
