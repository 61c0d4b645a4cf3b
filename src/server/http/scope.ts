import { isNationalRole } from '../../shared/roles';
import { AppError } from '../errors';
import type { AuthContext } from './context';

/** The centres whose records this user may see; null means every centre (national roles). */
export const centreScope = (auth: AuthContext): string[] | null =>
  isNationalRole(auth.user.role) ? null : auth.user.centreIds;

export function canSeeCentre(auth: AuthContext, centreId: string): boolean {
  const scope = centreScope(auth);
  return scope === null || scope.includes(centreId);
}

/** Centre staff may only write to their own centres; a record of another centre answers as not found. */
export function assertCentreAccess(auth: AuthContext, centreId: string, what = 'Record'): void {
  if (!canSeeCentre(auth, centreId)) throw new AppError('NOT_FOUND', `${what} not found`);
}

/** The centre a new record belongs to: the one asked for (if allowed) or the user's only centre. */
export function resolveCentre(auth: AuthContext, requested: string | undefined | null): string {
  if (requested) {
    if (!canSeeCentre(auth, requested)) throw new AppError('FORBIDDEN', 'You do not work at that centre');
    return requested;
  }
  if (auth.user.centreIds.length === 1) return auth.user.centreIds[0]!;
  throw new AppError('VALIDATION_FAILED', 'Choose the centre', [
    { field: 'centreId', issue: 'centre_required', message: 'Choose the centre this record belongs to' },
  ]);
}
