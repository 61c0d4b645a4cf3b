import { z } from 'zod';

export const SEXES = ['female', 'male', 'other'] as const;
export const WORKER_STATUSES = ['active', 'inactive', 'merged'] as const;
export const REGISTRATION_CHANNELS = [
  'walk_in',
  'outreach',
  'hotline_1297',
  'telegram_qr',
  'job_fair',
  'partner_list',
  'other',
] as const;
export const CONSENT_KINDS = [
  'data_processing',
  'contact_phone',
  'contact_sms',
  'contact_telegram',
  'share_with_employers',
] as const;
export const SKILL_KINDS = ['self_declared', 'trained', 'certified'] as const;
export const CURRENCIES = ['THB', 'USD', 'KHR'] as const;
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'higher',
] as const;
/** Washington Group short set: each domain answered on the four-point difficulty scale. */
export const WG_DOMAINS = [
  'seeing',
  'hearing',
  'walking',
  'cognition',
  'self_care',
  'communication',
] as const;
export const WG_ANSWERS = [
  'no_difficulty',
  'some_difficulty',
  'a_lot_of_difficulty',
  'cannot_do_at_all',
] as const;
export const THAI_DOCUMENT_KINDS = [
  'pink_card',
  'work_permit',
  'border_pass',
  'passport_visa',
  'other',
] as const;
export const AGE_BANDS = ['15-24', '25-34', '35-44', '45-54', '55+'] as const;

const name = z.string().trim().max(100);
const isoDate = z.iso.date();
const ncdd = z.string().regex(/^\d{2}(\d{2}){0,3}$/, 'NCDD code of 2, 4, 6 or 8 digits');
const isco = z.string().regex(/^\d{1,4}$/, 'ISCO-08 code');
const money = z.number().nonnegative().max(1e9);

export const ZMigrationStay = z.object({
  country: z.string().trim().min(2).max(60),
  sector: z.string().max(40).nullish(),
  occupationIsco: isco.nullish(),
  employer: z.string().trim().max(200).nullish(),
  startedOn: isoDate.nullish(),
  endedOn: isoDate.nullish(),
  monthlyWage: money.nullish(),
  wageCurrency: z.enum(CURRENCIES).nullish(),
  documented: z.boolean().nullish(),
  recruitmentChannel: z.string().trim().max(100).nullish(),
  debtAmount: money.nullish(),
  debtCurrency: z.enum(CURRENCIES).nullish(),
});
export type TMigrationStay = z.infer<typeof ZMigrationStay>;

export const ZSkill = z.object({
  label: z.string().trim().min(1).max(120),
  iscoCode: isco.nullish(),
  kind: z.enum(SKILL_KINDS),
  cqfLevel: z.number().int().min(1).max(8).nullish(),
});

export const ZThaiDocument = z.object({
  kind: z.enum(THAI_DOCUMENT_KINDS),
  number: z.string().trim().max(60).nullish(),
  expiresOn: isoDate.nullish(),
});

export const ZPreferences = z.object({
  sectors: z.array(z.string().max(40)).max(10).optional(),
  occupations: z.array(isco).max(10).optional(),
  provinces: z
    .array(z.string().regex(/^\d{2}$/))
    .max(25)
    .optional(),
  willingToRelocate: z.boolean().nullish(),
  expectedWageUsd: money.nullish(),
  selfEmploymentInterest: z.boolean().nullish(),
  remigrationInterest: z.boolean().nullish(),
});

export const ZDisability = z.partialRecord(z.enum(WG_DOMAINS), z.enum(WG_ANSWERS));

export const ZHousehold = z.object({
  size: z.number().int().min(1).max(40).nullish(),
  headOfHousehold: z.boolean().nullish(),
  dependants: z.number().int().min(0).max(40).nullish(),
});

export const ZConsentInput = z.object({ kind: z.enum(CONSENT_KINDS), granted: z.boolean() });

const workerFields = {
  familyNameKm: name.nullish(),
  givenNameKm: name.nullish(),
  familyNameLatin: name.nullish(),
  givenNameLatin: name.nullish(),
  /** A whole name when the source does not split it, in either script and either order. */
  fullName: z.string().trim().max(200).nullish(),
  sex: z.enum(SEXES).nullish(),
  dateOfBirth: isoDate.nullish(),
  birthYear: z.number().int().min(1920).max(2015).nullish(),
  /** Age in years when neither date nor year of birth is known; stored as an estimated birth year. */
  age: z.number().int().min(10).max(100).nullish(),
  phones: z.array(z.string().trim().min(6).max(30)).max(5).optional(),
  nationalId: z.string().trim().max(30).nullish(),
  passportNo: z.string().trim().max(30).nullish(),
  thaiDocuments: z.array(ZThaiDocument).max(10).optional(),
  addressCode: ncdd.nullish(),
  addressDetail: z.string().trim().max(300).nullish(),
  household: ZHousehold.nullish(),
  disability: ZDisability.nullish(),
  education: z.enum(EDUCATION_LEVELS).nullish(),
  literacy: z.object({ khmerRead: z.boolean().nullish(), khmerWrite: z.boolean().nullish() }).nullish(),
  languages: z.array(z.string().max(30)).max(10).optional(),
  migrations: z.array(ZMigrationStay).max(20).optional(),
  returnDate: isoDate.nullish(),
  returnCrossing: z.string().trim().max(100).nullish(),
  returnReason: z.string().trim().max(300).nullish(),
  skills: z.array(ZSkill).max(50).optional(),
  preferences: ZPreferences.optional(),
  registrationChannel: z.enum(REGISTRATION_CHANNELS).optional(),
  registeredOn: isoDate.optional(),
};

/** The identifying and profile fields, without the create-only rules. */
export const ZWorkerFields = z.object(workerFields);

export const ZCreateWorkerRequest = z
  .object({
    ...workerFields,
    /** Defaults to the signed-in user's only centre. */
    centreId: z.uuid().optional(),
    consents: z.array(ZConsentInput).max(10).optional(),
    /** Set when the person chose to create although likely duplicates were shown. */
    acknowledgedDuplicates: z.boolean().optional(),
  })
  .refine((w) => w.familyNameKm || w.givenNameKm || w.familyNameLatin || w.givenNameLatin || w.fullName, {
    message: 'A name in Khmer or Latin letters is required',
    path: ['givenNameKm'],
  });
export type TCreateWorkerRequest = z.input<typeof ZCreateWorkerRequest>;

export const ZUpdateWorkerRequest = z.object({
  version: z.number().int().positive(),
  ...workerFields,
  status: z.enum(['active', 'inactive']).optional(),
  centreId: z.uuid().optional(),
  consents: z.array(ZConsentInput).max(10).optional(),
});
export type TUpdateWorkerRequest = z.infer<typeof ZUpdateWorkerRequest>;

export const ZConsentState = z.object({
  kind: z.enum(CONSENT_KINDS),
  granted: z.boolean(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});

export const ZWorker = z.object({
  id: z.uuid(),
  regNo: z.string(),
  centreId: z.uuid(),
  status: z.enum(WORKER_STATUSES),
  mergedInto: z.uuid().nullable(),
  displayName: z.string(),
  familyNameKm: z.string().nullable(),
  givenNameKm: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  fullName: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  dateOfBirth: z.string().nullable(),
  birthYear: z.number().nullable(),
  birthPrecision: z.enum(['date', 'year', 'age']).nullable(),
  phones: z.array(z.object({ e164: z.string(), display: z.string() })),
  nationalId: z.string().nullable(),
  passportNo: z.string().nullable(),
  thaiDocuments: z.array(ZThaiDocument),
  addressCode: z.string().nullable(),
  addressDetail: z.string().nullable(),
  household: ZHousehold.nullable(),
  disability: ZDisability.nullable(),
  hasDisability: z.boolean().nullable(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  literacy: z.object({ khmerRead: z.boolean().nullish(), khmerWrite: z.boolean().nullish() }).nullable(),
  languages: z.array(z.string()),
  migrations: z.array(ZMigrationStay),
  /** Sector of the last job abroad, as registered (an import may know it without a stay's country). */
  lastSector: z.string().nullable(),
  returnDate: z.string().nullable(),
  returnCrossing: z.string().nullable(),
  returnReason: z.string().nullable(),
  skills: z.array(ZSkill),
  preferences: ZPreferences,
  consents: z.array(ZConsentState),
  registrationChannel: z.enum(REGISTRATION_CHANNELS),
  registeredOn: z.string(),
  flags: z.array(z.string()),
  sources: z.array(z.object({ source: z.string(), sourceId: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TWorker = z.infer<typeof ZWorker>;

/** What a search result shows: enough to recognise a person, no documents. */
export const ZWorkerSummary = z.object({
  id: z.uuid(),
  regNo: z.string(),
  centreId: z.uuid(),
  status: z.enum(WORKER_STATUSES),
  displayName: z.string(),
  familyNameKm: z.string().nullable(),
  givenNameKm: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  birthYear: z.number().nullable(),
  phones: z.array(z.string()),
  addressCode: z.string().nullable(),
  registeredOn: z.string(),
  score: z.number().optional(),
});
export type TWorkerSummary = z.infer<typeof ZWorkerSummary>;

export const ZWorkerSearch = z.object({
  q: z.string().trim().max(100).optional(),
  centreId: z.uuid().optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  districtCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  communeCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  sex: z.enum(SEXES).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  sector: z.string().max(40).optional(),
  status: z.enum(WORKER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type TWorkerSearch = z.infer<typeof ZWorkerSearch>;

export const ZWorkerSearchResult = z.object({ items: z.array(ZWorkerSummary), total: z.number().int() });

export const TIMELINE_KINDS = [
  'registered',
  'updated',
  'source_record',
  'consent',
  'merged',
  'unmerged',
  'legal_case',
  'contact',
  'case_plan',
  'referral',
  'job_referral',
  'placement',
  'placement_follow_up',
] as const;

/** One thing that happened to a worker, newest first on the profile page. */
export const ZTimelineEntry = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  actor: z.string().nullable(),
  /** Field names changed, the source of an imported row, the consent kind, or the other record of a merge. */
  details: z.record(z.string(), z.unknown()),
});
export const ZTimeline = z.object({ items: z.array(ZTimelineEntry) });
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;
