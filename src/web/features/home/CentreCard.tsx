import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TCentre } from '../../../shared/contracts/centres';
import { localName } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import { useProvinces } from '../reference/provinces.api';

export function CentreCard({ centre, language }: { centre: TCentre; language: Language }) {
  const { t } = useTranslation();
  const province = useProvinces().data?.find((p) => p.code === centre.provinceCode);
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{localName(centre, language)}</Text>
          <Badge variant="outline" className="nowrap" style={{ flexShrink: 0 }}>
            {centre.code}
          </Badge>
        </Group>
        {province && (
          <Text size="sm" c="dimmed">
            {t('home.province', { name: localName(province, language) })}
          </Text>
        )}
        {centre.address && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconMapPin size={16} aria-hidden style={{ flexShrink: 0, marginTop: 4 }} />
            <Text size="sm">{centre.address}</Text>
          </Group>
        )}
        {centre.phone && (
          <Group gap={6} wrap="nowrap">
            <IconPhone size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" component="a" href={`tel:${centre.phone.replace(/\s+/g, '')}`}>
              {centre.phone}
            </Text>
          </Group>
        )}
        {!centre.active && (
          <Badge color="gray" variant="light">
            {t('centres.inactive')}
          </Badge>
        )}
      </Stack>
    </Card>
  );
}
