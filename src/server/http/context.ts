import type { Role } from '../../shared/roles';
import type { DbKind } from '../db/create-db';
import type { Db } from '../db/database';
import type { Logger } from '../logger';

export interface AppConfig {
  /** Absolute path of the built web app (index.html and assets), if any. */
  webDir: string | null;
  sessionHours: number;
  /** Where uploaded files wait for their import job. */
  uploadDir: string;
  /** Attachments by SHA-256 (default: `files` beside uploadDir). */
  filesDir?: string;
  /** Largest attachment accepted, in bytes (default 10 MB). */
  attachmentMaxBytes?: number;
}

export interface AppDeps {
  db: Db;
  dbKind: DbKind;
  logger: Logger;
  config: AppConfig;
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  centreIds: string[];
}

export interface AuthContext {
  user: AuthUser;
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: AppDeps;
    auth: AuthContext | null;
  };
};
