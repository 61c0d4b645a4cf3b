import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/roles';
import { AppError } from '../errors';
import type { AppEnv, AuthContext } from './context';

/**
 * Every route names who may call it with one of these guards in its `middleware`. The route-by-role test walks
 * the OpenAPI document and fails on a route it has no expectation for, so a route cannot ship unguarded.
 */
export const allow = {
  public: () => createMiddleware<AppEnv>(async (_c, next) => next()),
  signedIn: () =>
    createMiddleware<AppEnv>(async (c, next) => {
      requireAuth(c.get('auth'));
      await next();
    }),
  roles: (...roles: Role[]) =>
    createMiddleware<AppEnv>(async (c, next) => {
      const auth = requireAuth(c.get('auth'));
      if (!roles.includes(auth.user.role)) throw new AppError('FORBIDDEN', 'Your role may not do this');
      await next();
    }),
};

export function requireAuth(auth: AuthContext | null): AuthContext {
  if (!auth) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return auth;
}
