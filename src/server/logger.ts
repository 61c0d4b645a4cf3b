import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs. Callers log ids, routes and counts only: never names, phones, IDs of people, passwords or query
 * strings (a search URL can carry a name). The redact list is a second line of defence.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'homeward' },
    redact: {
      paths: [
        'password',
        '*.password',
        'email',
        '*.email',
        'token',
        '*.token',
        'headers.cookie',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
