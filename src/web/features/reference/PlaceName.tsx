import { Text } from '@mantine/core';
import { useLanguage } from '../../i18n/use-language';
import { placeAddress } from './place-text';
import { usePlace } from './reference.api';

/** A stored NCDD code shown as an address; the code itself while loading or when the gazetteer lacks it. */
export function PlaceName({ code, size = 'sm' }: { code: string | null | undefined; size?: 'xs' | 'sm' }) {
  const language = useLanguage();
  const place = usePlace(code);
  if (!code)
    return (
      <Text span size={size}>
        —
      </Text>
    );
  return (
    <Text span size={size}>
      {place.data ? placeAddress(place.data, language) : code}
    </Text>
  );
}
