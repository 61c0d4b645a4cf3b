import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Name blocks narrowed by birth years, province and sex (shared/dedup/blocking.ts, BlockDims): at a million
// workers a name key alone holds hundreds of namesakes. Existing keys take their worker's values; a year
// either side, since an age-derived birth year is an estimate. A key a linked record with other values lent
// the worker may so be narrowed wrongly; rebuilding the worker's keys (any edit or merge) sets it right.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table worker_keys
      add column born_from smallint,
      add column born_to smallint,
      add column province text,
      add column sex text check (sex in ('M','F'));
    update worker_keys k set
      born_from = w.birth_year - 1,
      born_to = w.birth_year + 1,
      province = w.province_code,
      sex = case w.sex when 'male' then 'M' when 'female' then 'F' end
    from workers w
    where w.id = k.worker_id;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table worker_keys
      drop column born_from,
      drop column born_to,
      drop column province,
      drop column sex;
  `,
  );
}
