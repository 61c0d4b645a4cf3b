/** What other features (`demo seed`, the benchmark) use from the demo generator. */
export {
  DEMO_FILE_NAMES,
  EMPLOYER_COLUMNS,
  rowToRecord,
  TRUTH_COLUMNS,
  VACANCY_COLUMNS,
  WORKER_COLUMNS,
  WORKER_SOURCES,
  type WorkerSource,
} from './columns';
export { type DemoFilesSummary, type WriteDemoFilesOptions, writeDemoFiles } from './csv-files';
export type { DemoRecord, DemoReference } from './demo-records';
export { type DemoCounts, type DemoProgress, type DemoSink, generateDemoData } from './generate';
export { DEFAULT_DEMO_OPTIONS, type DemoOptions, resolveDemoOptions } from './options';
export { DEFAULT_GAZETTEER_DIR, DEFAULT_NAMES_DIR, loadDemoReference } from './reference-files';
export { VARIANT_KINDS, type VariantKind } from './worker-row';
