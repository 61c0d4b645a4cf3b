import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { formatNumber, localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { Facts } from '../../../ui/Facts';
import { SectionCard } from '../../../ui/SectionCard';
import { OccupationName } from '../../reference/OccupationName';
import { useProvinces } from '../../reference/provinces.api';
import { useSectors } from '../../reference/reference.api';
import { yesNoText } from './value-text';

const KIND_COLOR = { self_declared: 'gray', trained: 'blue', certified: 'green' } as const;

export function SkillsSection({ worker: w }: { worker: TWorker }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectors = useSectors().data ?? [];
  const provinces = useProvinces().data ?? [];
  const p = w.preferences;
  type Named = { code: string; nameKm: string; nameEn?: string; nameLatin?: string };
  const names = (list: Named[], codes: string[] | undefined) =>
    (codes ?? []).map((c) => {
      const found = list.find((x) => x.code === c);
      return found ? localName(found, language) : c;
    });
  return (
    <SectionCard title={t('workers.sections.skillsPreferences')} testId="section-skills">
      <Stack gap="md">
        {w.skills.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workers.noSkillsRecorded')}
          </Text>
        ) : (
          <Group gap="xs">
            {w.skills.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: skills have no id of their own
              <Badge key={i} variant="light" color={KIND_COLOR[s.kind]} tt="none" size="lg">
                {s.label} · {t(`workers.skillKinds.${s.kind}`)}
              </Badge>
            ))}
          </Group>
        )}
        <Facts
          items={[
            [t('workers.fields.prefSectors'), names(sectors, p.sectors).join(', ')],
            [
              t('workers.fields.prefOccupations'),
              (p.occupations ?? []).length > 0 && (
                <Stack gap={0}>
                  {(p.occupations ?? []).map((code) => (
                    <span key={code}>
                      <OccupationName code={code} />
                    </span>
                  ))}
                </Stack>
              ),
            ],
            [t('workers.fields.prefProvinces'), names(provinces, p.provinces).join(', ')],
            [t('workers.fields.willingToRelocate'), yesNoText(t, p.willingToRelocate)],
            [
              t('workers.fields.expectedWageUsd'),
              p.expectedWageUsd !== null && p.expectedWageUsd !== undefined
                ? `$${formatNumber(p.expectedWageUsd, language)}`
                : null,
            ],
            [t('workers.fields.selfEmploymentInterest'), yesNoText(t, p.selfEmploymentInterest)],
            [t('workers.fields.remigrationInterest'), yesNoText(t, p.remigrationInterest)],
          ]}
        />
      </Stack>
    </SectionCard>
  );
}
