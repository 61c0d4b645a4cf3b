import type { TCreateWorkerRequest } from '../../../shared/contracts/workers';
import type { Conn } from '../../db/database';

type Children = Pick<TCreateWorkerRequest, 'migrations' | 'skills' | 'consents'>;

/** Replaces the migration history and skills given; absent lists are left alone. */
export async function writeChildren(conn: Conn, workerId: string, input: Children): Promise<void> {
  if (input.migrations) {
    await conn.deleteFrom('worker_migrations').where('worker_id', '=', workerId).execute();
    if (input.migrations.length) {
      await conn
        .insertInto('worker_migrations')
        .values(
          input.migrations.map((m, position) => ({
            worker_id: workerId,
            country: m.country,
            sector: m.sector ?? null,
            occupation_isco: m.occupationIsco ?? null,
            employer: m.employer ?? null,
            started_on: m.startedOn ?? null,
            ended_on: m.endedOn ?? null,
            monthly_wage: m.monthlyWage ?? null,
            wage_currency: m.wageCurrency ?? null,
            documented: m.documented ?? null,
            recruitment_channel: m.recruitmentChannel ?? null,
            debt_amount: m.debtAmount ?? null,
            debt_currency: m.debtCurrency ?? null,
            position,
          })),
        )
        .execute();
    }
  }
  if (input.skills) {
    await conn.deleteFrom('worker_skills').where('worker_id', '=', workerId).execute();
    if (input.skills.length) {
      await conn
        .insertInto('worker_skills')
        .values(
          input.skills.map((s) => ({
            worker_id: workerId,
            label: s.label,
            isco_code: s.iscoCode ?? null,
            kind: s.kind,
            cqf_level: s.cqfLevel ?? null,
          })),
        )
        .execute();
    }
  }
}

/**
 * Consent is history, not a field: each change is a new row with who recorded it and when, so a withdrawal is
 * kept beside the grant it withdraws. Only kinds whose state changes are written.
 */
export async function recordConsents(
  conn: Conn,
  workerId: string,
  consents: Children['consents'],
  current: { kind: string; granted: boolean }[],
  userId: string | null,
): Promise<string[]> {
  const changed: string[] = [];
  for (const c of consents ?? []) {
    const now = current.find((x) => x.kind === c.kind);
    if (now && now.granted === c.granted) continue;
    await conn
      .insertInto('worker_consents')
      .values({ worker_id: workerId, kind: c.kind, granted: c.granted, recorded_by: userId })
      .execute();
    changed.push(`${c.kind}:${c.granted ? 'granted' : 'withdrawn'}`);
  }
  return changed;
}
