import { Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TProvinceFigures, TSexSplit } from '../../../shared/contracts/dashboard';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

const COLUMNS = ['registered', 'served', 'referred', 'placed', 'decent', 'retained90'] as const;

export function ProvinceTable({ provinces }: { provinces: TProvinceFigures[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (v: number) => formatNumber(v, language);
  const cell = (s: TSexSplit) => (
    <>
      <Text fw={600}>{num(s.total)}</Text>
      <Text size="xs" c="dimmed">
        {t('dashboard.femaleMale', { female: num(s.female), male: num(s.male) })}
      </Text>
    </>
  );
  const name = (p: TProvinceFigures) =>
    p.provinceCode === null
      ? t('dashboard.noProvince')
      : ((language === 'km' ? p.nameKm : p.nameLatin) ?? p.provinceCode);
  return (
    // Wider than a phone: the table scrolls in a region of its own that the keyboard can reach.
    <Box
      component="section"
      tabIndex={0}
      aria-label={t('dashboard.byProvince')}
      style={{ overflowX: 'auto' }}
    >
      <Table striped withTableBorder miw={720}>
        <Table.Caption>{t('dashboard.byProvinceCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.province')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`dashboard.figures.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS.length + 1}>{t('dashboard.empty')}</Table.Td>
            </Table.Tr>
          )}
          {provinces.map((p) => (
            <Table.Tr key={p.provinceCode ?? 'none'}>
              <Table.Th scope="row">{name(p)}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Td key={c}>{cell(p.figures[c])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
