import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Name blocks narrowed by birth years, province and sex (dedup/blocks.ts): at a million workers a name key
// alone holds hundreds of namesakes, scattered over as many table pages. The narrowing columns lead the
// primary key, so that a block is read from the index alone, only the rows that fit. Unknown values are
// stored as values that fit everything ('' for sex and province, 0-9999 for the birth years) rather than
// null: an index range can then hold them. One row per key, worker and narrowing: a worker whose records
// differ keeps a row for each. Phone and ID keys are not narrowed. Existing name keys take their worker's
// values, a year either side (an age-derived birth year is an estimate); rebuilding a worker's keys (an edit,
// a merge) sets them exactly.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table worker_keys
      add column sex text not null default '' check (sex in ('M','F','')),
      add column province text not null default '',
      add column born_from smallint not null default 0,
      add column born_to smallint not null default 9999;
    update worker_keys k set
      sex = case w.sex when 'male' then 'M' when 'female' then 'F' else '' end,
      province = case when w.province_code ~ '^(0[1-9]|1[0-9]|2[0-5])$' then w.province_code else '' end,
      born_from = coalesce(w.birth_year - 1, 0),
      born_to = coalesce(w.birth_year + 1, 9999)
    from workers w
    where w.id = k.worker_id
      and (k.key like 'n:%' or k.key like 'k:%' or (k.key like 's:%' and strpos(k.key, '|') > 0))
      and (w.sex is not null or w.province_code is not null or w.birth_year is not null);
    alter table worker_keys drop constraint worker_keys_pkey;
    alter table worker_keys add primary key (key, sex, province, born_from, born_to, worker_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table worker_keys drop constraint worker_keys_pkey;
    delete from worker_keys a using worker_keys b
      where a.key = b.key and a.worker_id = b.worker_id
        and (a.sex, a.province, a.born_from, a.born_to) > (b.sex, b.province, b.born_from, b.born_to);
    alter table worker_keys
      drop column sex,
      drop column province,
      drop column born_from,
      drop column born_to;
    alter table worker_keys add primary key (key, worker_id);
  `,
  );
}
