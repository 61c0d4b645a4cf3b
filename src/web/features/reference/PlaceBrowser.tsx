import { Anchor, Badge, Breadcrumbs, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TPlace } from '../../../shared/contracts/reference';
import { useLanguage } from '../../i18n/use-language';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { otherName, placeName, placeType } from './place-text';
import { usePlaceChildren } from './reference.api';

interface Props {
  code: string | null;
  onOpen: (code: string | null) => void;
}

/** Walks down the NCDD hierarchy: provinces, then districts, communes and villages inside each. */
export function PlaceBrowser({ code, onOpen }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const browse = usePlaceChildren(code);
  const place = browse.data?.place ?? null;
  const children = browse.data?.children ?? [];
  const trail: { code: string | null; name: string }[] = [{ code: null, name: t('reference.places.root') }];
  if (place) {
    for (const step of place.path) trail.push({ code: step.code, name: placeName(step, language) });
    trail.push({ code: place.code, name: placeName(place, language) });
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h5">
        {t('reference.places.browseTitle')}
      </Title>
      <nav aria-label={t('reference.places.pathLabel')}>
        <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
          {trail.map((step, i) =>
            i === trail.length - 1 ? (
              <Text key={step.code ?? 'root'} fw={600} size="sm" aria-current="location">
                {step.name}
              </Text>
            ) : (
              <Anchor
                key={step.code ?? 'root'}
                component="button"
                type="button"
                size="sm"
                onClick={() => onOpen(step.code)}
              >
                {step.name}
              </Anchor>
            ),
          )}
        </Breadcrumbs>
      </nav>
      {browse.isError && <ErrorAlert error={browse.error} onRetry={() => void browse.refetch()} />}
      {browse.isPending ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table
            verticalSpacing="xs"
            striped
            highlightOnHover
            aria-label={
              place
                ? t('reference.places.children', { name: placeName(place, language) })
                : t('reference.places.root')
            }
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.places.name')}</Table.Th>
                <Table.Th>{t('reference.places.type')}</Table.Th>
                <Table.Th>{t('reference.places.code')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.length === 0 && <EmptyRow colSpan={3} text={t('reference.places.noChildren')} />}
              {children.map((child: TPlace) => (
                <Table.Tr key={child.code} data-testid="place-child">
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {child.level < 4 ? (
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          onClick={() => onOpen(child.code)}
                          aria-label={t('reference.places.open', { name: placeName(child, language) })}
                        >
                          {placeName(child, language)}
                        </Anchor>
                      ) : (
                        <Text fw={600} span>
                          {placeName(child, language)}
                        </Text>
                      )}
                      {child.retired && (
                        <Badge size="xs" color="gray">
                          {t('reference.places.retired')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {otherName(child, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{placeType(child, language)}</Table.Td>
                  <Table.Td className="nowrap">{child.code}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
