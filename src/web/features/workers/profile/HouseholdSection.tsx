import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type TWorker, WG_DOMAINS } from '../../../../shared/contracts/workers';
import { Facts } from '../../../ui/Facts';
import { SectionCard } from '../../../ui/SectionCard';
import { PlaceName } from '../../reference/PlaceName';
import { codedText } from '../form/coded-options';
import { yesNoText } from './value-text';

export function HouseholdSection({ worker: w }: { worker: TWorker }) {
  const { t } = useTranslation();
  const answered = WG_DOMAINS.filter((d) => w.disability?.[d]);
  return (
    <SectionCard title={t('workers.sections.addressHousehold')} testId="section-household">
      <Facts
        items={[
          [t('workers.fields.address'), w.addressCode && <PlaceName code={w.addressCode} />],
          [t('workers.fields.addressDetail'), w.addressDetail],
          [t('workers.fields.householdSize'), w.household?.size],
          [t('workers.fields.dependants'), w.household?.dependants],
          [t('workers.fields.headOfHousehold'), yesNoText(t, w.household?.headOfHousehold)],
          [
            t('workers.sections.disability'),
            answered.length > 0 && (
              <List size="sm" spacing={2}>
                {answered.map((d) => (
                  <List.Item key={d}>
                    {t(`workers.wg.domains.${d}`)}: {t(`workers.wg.answers.${w.disability![d]}`)}
                  </List.Item>
                ))}
              </List>
            ),
          ],
          [t('workers.fields.education'), w.education ? t(`workers.education.${w.education}`) : null],
          [t('workers.fields.khmerRead'), yesNoText(t, w.literacy?.khmerRead)],
          [t('workers.fields.khmerWrite'), yesNoText(t, w.literacy?.khmerWrite)],
          [
            t('workers.fields.languages'),
            w.languages.map((l) => codedText('workers.spokenLanguages', l)).join(', '),
          ],
        ]}
      />
    </SectionCard>
  );
}
