import { randomId } from '@mantine/hooks';
import type {
  CONSENT_KINDS,
  CURRENCIES,
  EDUCATION_LEVELS,
  REGISTRATION_CHANNELS,
  SEXES,
  SKILL_KINDS,
  TCreateWorkerRequest,
  THAI_DOCUMENT_KINDS,
  TUpdateWorkerRequest,
  TWorker,
  WG_ANSWERS,
  WG_DOMAINS,
} from '../../../../shared/contracts/workers';

type Of<T extends readonly string[]> = T[number];
export type YesNo = '' | 'yes' | 'no';
export type Currency = Of<typeof CURRENCIES>;

export interface StayValues {
  key: string;
  country: string;
  sector: string;
  occupationIsco: string;
  employer: string;
  startedOn: string;
  endedOn: string;
  monthlyWage: number | '';
  wageCurrency: Currency;
  documented: YesNo;
  recruitmentChannel: string;
  debtAmount: number | '';
  debtCurrency: Currency;
}

export interface SkillValues {
  key: string;
  label: string;
  kind: Of<typeof SKILL_KINDS>;
  iscoCode: string;
}

export interface ThaiDocumentValues {
  key: string;
  kind: Of<typeof THAI_DOCUMENT_KINDS>;
  number: string;
  expiresOn: string;
}

export type BirthMode = 'date' | 'year' | 'age';

/**
 * The intake and edit form. Nested groups mirror the API's field names, so a server error for
 * "migrations.1.country" or "household.size" lands under the input of that exact path.
 */
export interface WorkerFormValues {
  centreId: string;
  familyNameKm: string;
  givenNameKm: string;
  familyNameLatin: string;
  givenNameLatin: string;
  sex: '' | Of<typeof SEXES>;
  birthMode: BirthMode;
  dateOfBirth: string;
  birthYear: number | '';
  age: number | '';
  phones: string[];
  nationalId: string;
  passportNo: string;
  thaiDocuments: ThaiDocumentValues[];
  addressCode: string;
  addressDetail: string;
  household: { size: number | ''; headOfHousehold: YesNo; dependants: number | '' };
  disability: Record<Of<typeof WG_DOMAINS>, '' | Of<typeof WG_ANSWERS>>;
  education: '' | Of<typeof EDUCATION_LEVELS>;
  literacy: { khmerRead: YesNo; khmerWrite: YesNo };
  languages: string[];
  migrations: StayValues[];
  returnDate: string;
  returnCrossing: string;
  returnReason: string;
  skills: SkillValues[];
  preferences: {
    sectors: string[];
    occupations: string[];
    provinces: string[];
    willingToRelocate: YesNo;
    expectedWageUsd: number | '';
    selfEmploymentInterest: YesNo;
    remigrationInterest: YesNo;
  };
  consents: Record<Of<typeof CONSENT_KINDS>, boolean>;
  registrationChannel: Of<typeof REGISTRATION_CHANNELS>;
  registeredOn: string;
}

export const today = () => new Date().toISOString().slice(0, 10);

const NO_DISABILITY_ANSWERS: WorkerFormValues['disability'] = {
  seeing: '',
  hearing: '',
  walking: '',
  cognition: '',
  self_care: '',
  communication: '',
};

export function emptyWorkerForm(channel: WorkerFormValues['registrationChannel']): WorkerFormValues {
  return {
    centreId: '',
    familyNameKm: '',
    givenNameKm: '',
    familyNameLatin: '',
    givenNameLatin: '',
    sex: '',
    birthMode: 'year',
    dateOfBirth: '',
    birthYear: '',
    age: '',
    phones: [''],
    nationalId: '',
    passportNo: '',
    thaiDocuments: [],
    addressCode: '',
    addressDetail: '',
    household: { size: '', headOfHousehold: '', dependants: '' },
    disability: { ...NO_DISABILITY_ANSWERS },
    education: '',
    literacy: { khmerRead: '', khmerWrite: '' },
    languages: ['km'],
    migrations: [],
    returnDate: '',
    returnCrossing: '',
    returnReason: '',
    skills: [],
    preferences: {
      sectors: [],
      occupations: [],
      provinces: [],
      willingToRelocate: '',
      expectedWageUsd: '',
      selfEmploymentInterest: '',
      remigrationInterest: '',
    },
    consents: {
      data_processing: false,
      contact_phone: false,
      contact_sms: false,
      contact_telegram: false,
      share_with_employers: false,
    },
    registrationChannel: channel,
    registeredOn: today(),
  };
}

export const newStay = (): StayValues => ({
  key: randomId(),
  country: 'TH',
  sector: '',
  occupationIsco: '',
  employer: '',
  startedOn: '',
  endedOn: '',
  monthlyWage: '',
  wageCurrency: 'THB',
  documented: '',
  recruitmentChannel: '',
  debtAmount: '',
  debtCurrency: 'THB',
});

export const newSkill = (): SkillValues => ({
  key: randomId(),
  label: '',
  kind: 'self_declared',
  iscoCode: '',
});

export const newThaiDocument = (): ThaiDocumentValues => ({
  key: randomId(),
  kind: 'pink_card',
  number: '',
  expiresOn: '',
});

const yesNo = (v: boolean | null | undefined): YesNo => (v === true ? 'yes' : v === false ? 'no' : '');
const bool = (v: YesNo): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);
const text = (v: string | null | undefined) => v ?? '';
const num = (v: number | null | undefined): number | '' => (v === null || v === undefined ? '' : v);
const orNull = (v: string) => (v.trim() ? v.trim() : null);
const numOrNull = (v: number | '') => (v === '' ? null : v);

/** The form filled from a saved record, for the edit mode. */
export function valuesOf(w: TWorker): WorkerFormValues {
  const birthMode: BirthMode =
    w.birthPrecision === 'date' ? 'date' : w.birthPrecision === 'age' ? 'age' : 'year';
  const registeredYear = Number(w.registeredOn.slice(0, 4));
  return {
    centreId: w.centreId,
    familyNameKm: text(w.familyNameKm),
    givenNameKm: text(w.givenNameKm),
    familyNameLatin: text(w.familyNameLatin),
    givenNameLatin: text(w.givenNameLatin),
    sex: w.sex ?? '',
    birthMode,
    dateOfBirth: text(w.dateOfBirth),
    birthYear: birthMode === 'year' ? num(w.birthYear) : '',
    age: birthMode === 'age' && w.birthYear ? registeredYear - w.birthYear : '',
    phones: w.phones.length ? w.phones.map((p) => p.display) : [''],
    nationalId: text(w.nationalId),
    passportNo: text(w.passportNo),
    thaiDocuments: w.thaiDocuments.map((d) => ({
      key: randomId(),
      kind: d.kind,
      number: text(d.number),
      expiresOn: text(d.expiresOn),
    })),
    addressCode: text(w.addressCode),
    addressDetail: text(w.addressDetail),
    household: {
      size: num(w.household?.size),
      headOfHousehold: yesNo(w.household?.headOfHousehold),
      dependants: num(w.household?.dependants),
    },
    disability: { ...NO_DISABILITY_ANSWERS, ...(w.disability ?? {}) },
    education: w.education ?? '',
    literacy: { khmerRead: yesNo(w.literacy?.khmerRead), khmerWrite: yesNo(w.literacy?.khmerWrite) },
    languages: w.languages,
    migrations: w.migrations.map((m) => ({
      key: randomId(),
      country: m.country,
      sector: text(m.sector),
      occupationIsco: text(m.occupationIsco),
      employer: text(m.employer),
      startedOn: text(m.startedOn),
      endedOn: text(m.endedOn),
      monthlyWage: num(m.monthlyWage),
      wageCurrency: m.wageCurrency ?? 'THB',
      documented: yesNo(m.documented),
      recruitmentChannel: text(m.recruitmentChannel),
      debtAmount: num(m.debtAmount),
      debtCurrency: m.debtCurrency ?? 'THB',
    })),
    returnDate: text(w.returnDate),
    returnCrossing: text(w.returnCrossing),
    returnReason: text(w.returnReason),
    skills: w.skills.map((s) => ({
      key: randomId(),
      label: s.label,
      kind: s.kind,
      iscoCode: text(s.iscoCode),
    })),
    preferences: {
      sectors: w.preferences.sectors ?? [],
      occupations: w.preferences.occupations ?? [],
      provinces: w.preferences.provinces ?? [],
      willingToRelocate: yesNo(w.preferences.willingToRelocate),
      expectedWageUsd: num(w.preferences.expectedWageUsd),
      selfEmploymentInterest: yesNo(w.preferences.selfEmploymentInterest),
      remigrationInterest: yesNo(w.preferences.remigrationInterest),
    },
    consents: Object.fromEntries(w.consents.map((c) => [c.kind, c.granted])) as WorkerFormValues['consents'],
    registrationChannel: w.registrationChannel,
    registeredOn: w.registeredOn,
  };
}

/** Phones as sent: blank boxes dropped. `formIndex[i]` is the box the i-th sent phone came from. */
export function sentPhones(values: WorkerFormValues): { phones: string[]; formIndex: number[] } {
  const formIndex: number[] = [];
  const phones: string[] = [];
  values.phones.forEach((p, i) => {
    if (!p.trim()) return;
    phones.push(p.trim());
    formIndex.push(i);
  });
  return { phones, formIndex };
}

/** Every profile field in the request's shape; blanks become null so that clearing a field is a change. */
export function profileFields(values: WorkerFormValues) {
  const household = {
    size: numOrNull(values.household.size),
    headOfHousehold: bool(values.household.headOfHousehold),
    dependants: numOrNull(values.household.dependants),
  };
  const disability = Object.fromEntries(
    Object.entries(values.disability).filter(([, answer]) => answer !== ''),
  ) as NonNullable<TCreateWorkerRequest['disability']>;
  const literacy = {
    khmerRead: bool(values.literacy.khmerRead),
    khmerWrite: bool(values.literacy.khmerWrite),
  };
  const p = values.preferences;
  return {
    familyNameKm: orNull(values.familyNameKm),
    givenNameKm: orNull(values.givenNameKm),
    familyNameLatin: orNull(values.familyNameLatin),
    givenNameLatin: orNull(values.givenNameLatin),
    sex: values.sex || null,
    dateOfBirth: values.birthMode === 'date' ? orNull(values.dateOfBirth) : null,
    birthYear: values.birthMode === 'year' ? numOrNull(values.birthYear) : null,
    age: values.birthMode === 'age' ? numOrNull(values.age) : null,
    phones: sentPhones(values).phones,
    nationalId: orNull(values.nationalId),
    passportNo: orNull(values.passportNo),
    thaiDocuments: values.thaiDocuments.map((d) => ({
      kind: d.kind,
      number: orNull(d.number),
      expiresOn: orNull(d.expiresOn),
    })),
    addressCode: orNull(values.addressCode),
    addressDetail: orNull(values.addressDetail),
    household: Object.values(household).every((v) => v === null) ? null : household,
    disability: Object.keys(disability).length ? disability : null,
    education: values.education || null,
    literacy: Object.values(literacy).every((v) => v === null) ? null : literacy,
    languages: values.languages,
    migrations: values.migrations.map((m) => ({
      country: m.country.trim(),
      sector: orNull(m.sector),
      occupationIsco: orNull(m.occupationIsco),
      employer: orNull(m.employer),
      startedOn: orNull(m.startedOn),
      endedOn: orNull(m.endedOn),
      monthlyWage: numOrNull(m.monthlyWage),
      // A currency without an amount says nothing; keep it only beside a wage or a debt.
      wageCurrency: m.monthlyWage === '' ? null : m.wageCurrency,
      documented: bool(m.documented),
      recruitmentChannel: orNull(m.recruitmentChannel),
      debtAmount: numOrNull(m.debtAmount),
      debtCurrency: m.debtAmount === '' ? null : m.debtCurrency,
    })),
    returnDate: orNull(values.returnDate),
    returnCrossing: orNull(values.returnCrossing),
    returnReason: orNull(values.returnReason),
    skills: values.skills.map((s) => ({ label: s.label.trim(), kind: s.kind, iscoCode: orNull(s.iscoCode) })),
    preferences: {
      sectors: p.sectors,
      occupations: p.occupations,
      provinces: p.provinces,
      willingToRelocate: bool(p.willingToRelocate),
      expectedWageUsd: numOrNull(p.expectedWageUsd),
      selfEmploymentInterest: bool(p.selfEmploymentInterest),
      remigrationInterest: bool(p.remigrationInterest),
    },
    registrationChannel: values.registrationChannel,
    registeredOn: values.registeredOn || undefined,
  };
}

type ProfileFields = ReturnType<typeof profileFields>;
const BIRTH_KEYS = ['dateOfBirth', 'birthYear', 'age'] as const;

/** The registration request: only what was given (the server treats absent and null alike on create). */
export function toCreateRequest(
  values: WorkerFormValues,
  acknowledgedDuplicates: boolean,
): TCreateWorkerRequest {
  const fields = profileFields(values);
  const given = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
  return {
    ...(given as Partial<ProfileFields>),
    ...(values.centreId ? { centreId: values.centreId } : {}),
    consents: Object.entries(values.consents)
      .filter(([, granted]) => granted)
      .map(([kind, granted]) => ({ kind: kind as keyof WorkerFormValues['consents'], granted })),
    ...(acknowledgedDuplicates ? { acknowledgedDuplicates: true } : {}),
  } as TCreateWorkerRequest;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ from the record the form was loaded from. Date of birth, year and age travel
 * together: the server rewrites all three from whichever is sent.
 */
export function changedFields(
  values: WorkerFormValues,
  base: WorkerFormValues,
): Omit<TUpdateWorkerRequest, 'version'> {
  const now = profileFields(values);
  const before = profileFields(base);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof ProfileFields)[]) {
    if ((BIRTH_KEYS as readonly string[]).includes(key) || key === 'registeredOn') continue;
    if (!same(now[key], before[key])) out[key] = now[key];
  }
  if (BIRTH_KEYS.some((k) => !same(now[k], before[k]))) {
    for (const k of BIRTH_KEYS) if (now[k] !== null) out[k] = now[k];
    if (BIRTH_KEYS.every((k) => now[k] === null)) out.birthYear = null;
  }
  return out as Omit<TUpdateWorkerRequest, 'version'>;
}

/** Which intake step holds a field, so an error from the server can take the user back there. */
export const STEP_FIELDS: readonly (readonly string[])[] = [
  [
    'centreId',
    'familyNameKm',
    'givenNameKm',
    'familyNameLatin',
    'givenNameLatin',
    'fullName',
    'sex',
    'dateOfBirth',
    'birthYear',
    'age',
    'phones',
    'nationalId',
    'passportNo',
  ],
  ['addressCode', 'addressDetail', 'household', 'disability', 'education', 'literacy', 'languages'],
  ['migrations', 'thaiDocuments', 'returnDate', 'returnCrossing', 'returnReason'],
  ['skills', 'preferences'],
  ['consents', 'registrationChannel', 'registeredOn'],
];

export const stepOfField = (path: string): number => {
  const top = path.split('.')[0] ?? path;
  const step = STEP_FIELDS.findIndex((fields) => fields.includes(top));
  return step === -1 ? STEP_FIELDS.length - 1 : step;
};
