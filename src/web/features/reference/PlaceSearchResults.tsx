import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TPlace } from '../../../shared/contracts/reference';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { otherName, placeName, placePath, placeType } from './place-text';

interface Props {
  places: TPlace[];
  onOpen: (place: TPlace) => void;
}

export function PlaceSearchResults({ places, onOpen }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="xs" striped aria-label={t('reference.places.results')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reference.places.name')}</Table.Th>
            <Table.Th>{t('reference.places.type')}</Table.Th>
            <Table.Th>{t('reference.places.path')}</Table.Th>
            <Table.Th>{t('reference.places.code')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {places.length === 0 && <EmptyRow colSpan={4} text={t('reference.places.none')} />}
          {places.map((p) => (
            <Table.Tr key={p.code} data-testid="place-result">
              <Table.Td>
                {p.level < 4 ? (
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => onOpen(p)}
                    fw={600}
                    aria-label={t('reference.places.open', { name: placeName(p, language) })}
                  >
                    {placeName(p, language)}
                  </Anchor>
                ) : (
                  <Text fw={600} span>
                    {placeName(p, language)}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {otherName(p, language)}
                </Text>
                {p.retired && (
                  <Badge size="xs" color="gray" mt={2}>
                    {t('reference.places.retired')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{placeType(p, language)}</Table.Td>
              <Table.Td>{placePath(p, language) || '—'}</Table.Td>
              <Table.Td className="nowrap">{p.code}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
