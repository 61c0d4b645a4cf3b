import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_registry';
import * as m0003 from './0003_link_scores';
import * as m0004 from './0004_case_work';
import * as m0005 from './0005_legal_cases';
import * as m0006 from './0006_jobs';
import * as m0007 from './0007_matching';
import * as m0008 from './0008_import_problem_codes';
import * as m0009 from './0009_search_indexes';
import * as m0010 from './0010_dashboard';
import * as m0011 from './0011_match_changes';
import * as m0012 from './0012_drop_match_worker_keys';
import * as m0013 from './0013_worker_key_dims';
import * as m0014 from './0014_linked_sources_index';
import * as m0015 from './0015_worker_keys_without_fk';
import * as m0016 from './0016_stored_features';
import * as m0017 from './0017_deferred_match_refresh';

/** Every migration, in order. Listed statically so bundlers and tsx need no directory scan. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_registry': m0002,
  '0003_link_scores': m0003,
  '0004_case_work': m0004,
  '0005_legal_cases': m0005,
  '0006_jobs': m0006,
  '0007_matching': m0007,
  '0008_import_problem_codes': m0008,
  '0009_search_indexes': m0009,
  '0010_dashboard': m0010,
  '0011_match_changes': m0011,
  '0012_drop_match_worker_keys': m0012,
  '0013_worker_key_dims': m0013,
  '0014_linked_sources_index': m0014,
  '0015_worker_keys_without_fk': m0015,
  '0016_stored_features': m0016,
  '0017_deferred_match_refresh': m0017,
};
