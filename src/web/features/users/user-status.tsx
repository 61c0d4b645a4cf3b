import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../shared/contracts/users';

export const isLocked = (user: TUser): boolean =>
  user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();

export function UserStatusBadge({ user }: { user: TUser }) {
  const { t } = useTranslation();
  if (user.disabled) return <Badge color="gray">{t('users.status.disabled')}</Badge>;
  if (isLocked(user)) return <Badge color="orange">{t('users.status.locked')}</Badge>;
  return (
    <Badge color="green" variant="light">
      {t('users.status.active')}
    </Badge>
  );
}
