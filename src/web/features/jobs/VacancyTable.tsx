import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TVacancy } from '../../../shared/contracts/vacancies';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { AnchorLink } from '../../ui/links';
import { PlaceName } from '../reference/PlaceName';
import { useSectorName, VACANCY_STATUS_COLOR, wageText } from './jobs-text';

export function VacancyTable({ items, showEmployer = true }: { items: TVacancy[]; showEmployer?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sectorName = useSectorName();
  const cols = showEmployer ? 8 : 7;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('jobs.vacancies.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('jobs.fields.title')}</Table.Th>
            {showEmployer && <Table.Th>{t('jobs.fields.employer')}</Table.Th>}
            <Table.Th>{t('jobs.fields.sector')}</Table.Th>
            <Table.Th>{t('jobs.fields.place')}</Table.Th>
            <Table.Th>{t('jobs.fields.wage')}</Table.Th>
            <Table.Th>{t('jobs.vacancies.positionsLeft')}</Table.Th>
            <Table.Th>{t('jobs.fields.closesOn')}</Table.Th>
            <Table.Th>{t('jobs.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <EmptyRow colSpan={cols} text={t('jobs.vacancies.none')} />}
          {items.map((v) => (
            <Table.Tr key={v.id} data-testid="vacancy-row">
              <Table.Td>
                <AnchorLink to="/vacancies/$vacancyId" params={{ vacancyId: v.id }}>
                  {v.title}
                </AnchorLink>
              </Table.Td>
              {showEmployer && <Table.Td>{v.employerName}</Table.Td>}
              <Table.Td>{sectorName(v.sector)}</Table.Td>
              <Table.Td>
                <PlaceName code={v.communeCode ?? v.districtCode ?? v.provinceCode} />
              </Table.Td>
              <Table.Td className="nowrap">{wageText(v, t, language)}</Table.Td>
              <Table.Td>
                {v.positions - v.positionsFilled} / {v.positions}
              </Table.Td>
              <Table.Td className="nowrap">{formatDate(v.closesOn, language)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={VACANCY_STATUS_COLOR[v.status]}>
                  {t(`jobs.vacancyStatus.${v.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
