import { Anchor, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { formatDate, localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { Facts } from '../../../ui/Facts';
import { SectionCard } from '../../../ui/SectionCard';
import { useCentres } from '../../centres/centres.api';
import { ageOf, khmerName, latinName } from '../worker-text';
import { birthText } from './value-text';

export function IdentitySection({ worker: w }: { worker: TWorker }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const centre = useCentres().data?.find((c) => c.id === w.centreId);
  const age = ageOf(w);
  return (
    <SectionCard title={t('workers.sections.identity')} testId="section-identity">
      <Stack gap="sm">
        <Facts
          items={[
            [t('workers.fields.nameKm'), khmerName(w) && <span lang="km">{khmerName(w)}</span>],
            [t('workers.fields.nameLatin'), latinName(w) && <span lang="en">{latinName(w)}</span>],
            ...(w.fullName ? [[t('workers.fields.fullName'), w.fullName] as [string, string]] : []),
            [t('workers.fields.sex'), w.sex ? t(`workers.sex.${w.sex}`) : null],
            [
              t('workers.fields.birth'),
              birthText(t, w, language) &&
                `${birthText(t, w, language)}${age ? ` · ${t('workers.ageNow', { age })}` : ''}`,
            ],
            [
              t('workers.fields.phones'),
              w.phones.length > 0 && (
                <Stack gap={0}>
                  {w.phones.map((p) => (
                    <Anchor key={p.e164} href={`tel:${p.e164}`} className="nowrap">
                      {p.display}
                    </Anchor>
                  ))}
                </Stack>
              ),
            ],
            [t('workers.fields.nationalId'), w.nationalId],
            [t('workers.fields.passportNo'), w.passportNo],
            [
              t('workers.fields.thaiDocuments'),
              w.thaiDocuments.length > 0 && (
                <List size="sm" spacing={2}>
                  {w.thaiDocuments.map((d, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: documents have no id of their own
                    <List.Item key={i}>
                      {[
                        t(`workers.thaiDocuments.${d.kind}`),
                        d.number,
                        d.expiresOn && t('workers.expires', { date: formatDate(d.expiresOn, language) }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </List.Item>
                  ))}
                </List>
              ),
            ],
            [t('workers.fields.centre'), centre ? `${localName(centre, language)} (${centre.code})` : null],
            [t('workers.fields.registrationChannel'), t(`workers.channels.${w.registrationChannel}`)],
            [t('workers.fields.registeredOn'), formatDate(w.registeredOn, language)],
          ]}
        />
      </Stack>
    </SectionCard>
  );
}
