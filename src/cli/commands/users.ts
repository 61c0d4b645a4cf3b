import { type Command, Option } from 'commander';
import type { Db } from '../../server/db/database';
import { AppError } from '../../server/errors';
import { generatePassword } from '../../server/features/auth/secrets';
import { presentUser } from '../../server/features/users/users.presenter';
import { findUserByEmail, listUsers } from '../../server/features/users/users.repository';
import { createUser, resetPassword, updateUser } from '../../server/features/users/users.service';
import { parseInput } from '../../server/validation';
import { ZCreateUserRequest, ZResetPasswordRequest } from '../../shared/contracts/users';
import { ROLES, type Role } from '../../shared/roles';
import { cliActor, withDb } from '../run';

async function centreIdsFor(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('centres').select(['id', 'code']).where('code', 'in', codes).execute();
  const missing = codes.filter((code) => !rows.some((r) => r.code === code));
  if (missing.length) throw new AppError('VALIDATION_FAILED', `Unknown centre code: ${missing.join(', ')}`);
  return rows.map((r) => r.id);
}

async function userByEmail(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new AppError('NOT_FOUND', `No user with the email ${email}`);
  return presentUser(user);
}

const collect = (value: string, previous: string[]) => [...previous, value.toUpperCase()];

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Staff accounts');

  users
    .command('add')
    .description('Create a staff account (prints a generated password when --password is not given)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--centre <code>', 'centre code such as PST (repeat for several)', collect, [])
    .option('--password <password>', 'at least 10 characters')
    .action(async (o: { email: string; name: string; role: Role; centre: string[]; password?: string }) => {
      await withDb(async ({ db }) => {
        const password = o.password ?? generatePassword();
        const input = parseInput(ZCreateUserRequest, {
          email: o.email,
          name: o.name,
          role: o.role,
          password,
          centreIds: await centreIdsFor(db, o.centre),
        });
        const user = await createUser(db, cliActor(), input);
        console.log(`Created ${user.email} (${user.role})`);
        if (!o.password) console.log(`Password (shown only now): ${password}`);
      });
    });

  users
    .command('list')
    .description('List staff accounts')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .option('--all', 'include disabled accounts')
    .option('--json', 'print JSON')
    .action(async (o: { role?: Role; all?: boolean; json?: boolean }) => {
      await withDb(async ({ db }) => {
        const rows = (await listUsers(db, { role: o.role, includeDisabled: o.all })).map(presentUser);
        const centres = await db.selectFrom('centres').select(['id', 'code']).execute();
        const code = (id: string) => centres.find((c) => c.id === id)?.code ?? id;
        if (o.json) {
          console.log(JSON.stringify(rows.map((u) => ({ ...u, centres: u.centreIds.map(code) }))));
          return;
        }
        for (const u of rows) {
          const status = u.disabled ? 'disabled' : u.lockedUntil ? 'locked' : 'active';
          console.log([u.email, u.name, u.role, u.centreIds.map(code).join(',') || '-', status].join('\t'));
        }
        if (rows.length === 0) console.log('No users');
      });
    });

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(`${verb} <email>`)
      .description(
        disabled ? 'Disable an account and end its sessions and tokens' : 'Enable a disabled account',
      )
      .action(async (email: string) => {
        await withDb(async ({ db }) => {
          const user = await userByEmail(db, email);
          await updateUser(db, cliActor(), user.id, { version: user.version, disabled, unlock: !disabled });
          console.log(`${disabled ? 'Disabled' : 'Enabled'} ${user.email}`);
        });
      });
  }

  users
    .command('reset-password <email>')
    .description('Set a new password (generated unless --password) and end the user’s sessions')
    .option('--password <password>', 'at least 10 characters')
    .action(async (email: string, o: { password?: string }) => {
      await withDb(async ({ db }) => {
        const user = await userByEmail(db, email);
        const password = o.password ?? generatePassword();
        parseInput(ZResetPasswordRequest, { password });
        await resetPassword(db, cliActor(), user.id, password);
        console.log(`Password reset for ${user.email}`);
        if (!o.password) console.log(`New password (shown only now): ${password}`);
      });
    });
}
