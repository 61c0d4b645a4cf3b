/**
 * The duplicate comparator: two person records in, a score, a decision and the reasons out. Weights, the
 * prior and the household regime are explained in weights.ts; this file decides which level each field reached.
 * One rule sits outside the sum: an automatic link needs no field that says "two people" outright (different
 * national ID numbers, sexes, given names, family names or birth years, or a merely similar given name at one
 * address or phone with birth dates that fit, as twins have: Sreymom and Sreypov). Such a pair can still reach
 * review, where a person sees the conflict: a nickname or a wrong birth year is a human's call, not the
 * machine's. A similar given name that differs only in its vowels (Chenda, Chinda) is a spelling, not a twin.
 * Of these, the conflicts a chain of links must not cross (clusters.ts) are the ones a record states itself:
 * sex, birth year, national ID, a given name that differs in its own script. A second rule: work abroad and
 * wishes (work.ts) may bring a pair to review, but an automatic link must reach its threshold without them.
 */
import { type BirthLevel, compareBirth } from './birth';
import { compareNameOrders, type NamesResult, type PartResult } from './compare-names';
import { DEFAULT_NAME_FREQUENCIES, type NameFrequencies, nameShare, wholeNameShare } from './frequencies';
import { compareId, type IdLevel, shareAnyId } from './ids';
import { comparePlace, type PlaceLevel } from './place';
import { khmerCuts, type PersonRecord, type PreparedRecord, prepareRecord } from './record';
import {
  BIRTH_WEIGHTS,
  BIRTH_WEIGHTS_HOUSEHOLD,
  bits,
  CROSS_SCRIPT_PENALTY,
  DEFAULT_DUPLICATES_PER_RECORD,
  DEFAULT_REGISTRY_SIZE,
  FAMILY_AGREE_MAX,
  FAMILY_AGREE_MIN,
  GIVEN_AGREE_MAX,
  GIVEN_AGREE_MIN,
  ID_WEIGHTS,
  LINK_THRESHOLD,
  NAME_M_AGREE,
  NAME_WEIGHTS,
  PHONE_AGREE_HOUSEHOLD,
  PHONE_DISAGREE,
  PHONE_DISAGREE_ACROSS_BORDER,
  PHONE_DISAGREE_HOUSEHOLD,
  PLACE_WEIGHTS,
  PLACE_WEIGHTS_HOUSEHOLD,
  phoneAgreeWeight,
  priorBits,
  REVIEW_THRESHOLD,
  SEX_WEIGHTS,
} from './weights';
import { compareWork, type WorkEvidence, type WorkField } from './work';

export type Decision = 'link' | 'review' | 'distinct';
export type Outcome = 'agree' | 'partial' | 'disagree' | 'missing';
export type Field =
  | 'familyName'
  | 'givenName'
  | 'nameOrder'
  | 'sex'
  | 'birth'
  | 'phone'
  | 'place'
  | 'nationalId'
  | 'passport'
  | 'otherIds'
  | WorkField;

export interface Reason {
  field: Field;
  outcome: Outcome;
  /** Bits added to the score (negative: evidence of two people). */
  weight: number;
  /** What was compared, for the review screen: 'khmer', 'cross-script', 'village', 'shared by 4 records'... */
  detail?: string;
}

export interface Comparison {
  /** Posterior log-odds (bits) that the two records are one person: prior plus the reasons' weights. */
  score: number;
  /** The same as a probability, for sorting and showing the review queue. */
  probability: number;
  decision: Decision;
  /** The prior log-odds used (from the registry size and the duplicate rate). */
  prior: number;
  /** The reasons' weights summed: the score without the prior (withPrior re-scores a pair under another). */
  evidence: number;
  /** False when some field rules out an automatic link, whatever the score (see the top of this file). */
  linkable: boolean;
  /**
   * What work abroad and wishes added, when positive (work.ts): it can send a pair to review but never link it
   * on its own, since namesakes of one village come home together and work in the same sectors.
   */
  workBoost: number;
  /**
   * A record states "two people" outright: different sexes, birth years or national IDs, or given names that
   * differ in their own script. clusters.ts never joins two groups of records across such a pair.
   */
  conflict: boolean;
  reasons: Reason[];
}

export interface CompareContext {
  /** Name counts of the registry; the built-in estimates of common family names when absent. */
  names?: NameFrequencies;
  /** Number of records (both of these included) holding a phone; 2 when unknown, i.e. a personal number. */
  phoneHolders?: (e164: string) => number;
  /** Records in the registry (DEFAULT_REGISTRY_SIZE when absent). */
  registrySize?: number;
  /** Other records of the same person per record, as past runs measured (DEFAULT_DUPLICATES_PER_RECORD). */
  duplicatesPerRecord?: number;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function familyWeight(p: PartResult, names: NameFrequencies): number {
  switch (p.level) {
    case 'agree': {
      const w = clamp(
        bits(NAME_M_AGREE, nameShare(names, 'family', p.keys)),
        FAMILY_AGREE_MIN,
        FAMILY_AGREE_MAX,
      );
      return p.via === 'cross-script' ? w - CROSS_SCRIPT_PENALTY : w;
    }
    case 'partial':
      return NAME_WEIGHTS.familyPartial;
    case 'disagree':
      return p.via === 'cross-script' ? NAME_WEIGHTS.crossScriptFamilyDisagree : NAME_WEIGHTS.familyDisagree;
    case 'missing':
      return 0;
  }
}

function givenWeight(p: PartResult, names: NameFrequencies): number {
  switch (p.level) {
    case 'agree': {
      const w = clamp(
        bits(NAME_M_AGREE, nameShare(names, 'given', p.keys)),
        GIVEN_AGREE_MIN,
        GIVEN_AGREE_MAX,
      );
      return p.via === 'cross-script' ? w - CROSS_SCRIPT_PENALTY : w;
    }
    case 'partial':
      return NAME_WEIGHTS.givenPartial;
    case 'disagree':
      return p.via === 'cross-script' ? NAME_WEIGHTS.crossScriptGivenDisagree : NAME_WEIGHTS.givenDisagree;
    case 'missing':
      return 0;
  }
}

/**
 * Birth levels that fit two siblings better than one person, or say nothing: a merely similar given name
 * needs the birth dates to vouch for one person.
 */
const SIBLING_BIRTHS: ReadonlySet<BirthLevel> = new Set(['near', 'disagree', 'dayConflict', 'missing']);
/** Birth levels twins share: a date, a year, or ages that fit one birth date. */
const TWIN_BIRTHS: ReadonlySet<BirthLevel> = new Set([
  'exact',
  'close',
  'year',
  'dayConflict',
  'range',
  'loose',
]);
/** Places that mean one household when the family name agrees. */
const HOME_PLACES: ReadonlySet<PlaceLevel> = new Set(['village', 'commune', 'otherVillage']);

const ALIKE: ReadonlySet<string> = new Set(['agree', 'partial']);

/**
 * The order whose names agree best; the written order wins a tie. A swap counts only when both parts then
 * agree at least partly: one part matching the other's opposite part is the Khmer custom of taking the
 * father's given name as the family name (Prak Sovannsok's son is Sovannsok Chanthar), not a swapped order.
 */
function bestOrder(orders: readonly NamesResult[], names: NameFrequencies): NamesResult {
  const direct = orders[0]!;
  const swapped = orders[1];
  if (swapped === undefined || !ALIKE.has(swapped.family.level) || !ALIKE.has(swapped.given.level)) {
    return direct;
  }
  return orderScore(swapped, names) > orderScore(direct, names) ? swapped : direct;
}

const orderScore = (r: NamesResult, names: NameFrequencies): number =>
  familyWeight(r.family, names) + givenWeight(r.given, names) + (r.swapped ? NAME_WEIGHTS.swapPenalty : 0);

function placeOutcome(level: PlaceLevel): Outcome {
  if (level === 'missing') return 'missing';
  if (level === 'village' || level === 'commune' || level === 'district' || level === 'province') {
    return 'agree';
  }
  return level === 'otherVillage' || level === 'otherCommune' ? 'partial' : 'disagree';
}

function birthOutcome(level: BirthLevel): Outcome {
  if (level === 'exact' || level === 'year') return 'agree';
  if (level === 'close' || level === 'range' || level === 'loose' || level === 'dayConflict')
    return 'partial';
  return level === 'missing' ? 'missing' : 'disagree';
}

const CAMBODIAN = '+855';
const hasCambodian = (phones: readonly string[]): boolean => phones.some((p) => p.startsWith(CAMBODIAN));
const hasForeign = (phones: readonly string[]): boolean => phones.some((p) => !p.startsWith(CAMBODIAN));
/** One side gives a Cambodian number and the other a foreign one: a SIM swapped on return. */
const acrossBorder = (a: readonly string[], b: readonly string[]): boolean =>
  (hasCambodian(a) && hasForeign(b)) || (hasForeign(a) && hasCambodian(b));

/** How the phones compare: the weight, and what the review screen says of it. */
interface PhoneEvidence {
  outcome: Outcome;
  weight: number;
  /** Records holding the shared number that weighed most (0 when none is shared). */
  holders: number;
  across: boolean;
}

const NO_PHONES: PhoneEvidence = { outcome: 'missing', weight: 0, holders: 0, across: false };

function phoneEvidence(
  a: PreparedRecord,
  b: PreparedRecord,
  ctx: CompareContext,
  registrySize: number,
  household: boolean,
): PhoneEvidence {
  if (a.phones.length === 0 || b.phones.length === 0) return NO_PHONES;
  let best = Number.NEGATIVE_INFINITY;
  let holders = 0;
  for (const p of a.phones) {
    if (!b.phones.includes(p)) continue;
    const n = Math.max(2, ctx.phoneHolders?.(p) ?? 2);
    const w = household ? PHONE_AGREE_HOUSEHOLD : phoneAgreeWeight(n, registrySize);
    if (w > best) {
      best = w;
      holders = n;
    }
  }
  if (holders > 0) return { outcome: 'agree', weight: best, holders, across: false };
  if (household) return { outcome: 'disagree', weight: PHONE_DISAGREE_HOUSEHOLD, holders, across: false };
  const across = acrossBorder(a.phones, b.phones);
  return {
    outcome: 'disagree',
    weight: across ? PHONE_DISAGREE_ACROSS_BORDER : PHONE_DISAGREE,
    holders,
    across,
  };
}

function phoneReason(p: PhoneEvidence, household: boolean): Reason {
  if (p.outcome === 'missing') return { field: 'phone', outcome: 'missing', weight: 0 };
  if (p.outcome === 'disagree') {
    return {
      field: 'phone',
      outcome: 'disagree',
      weight: p.weight,
      ...(p.across ? { detail: 'a Cambodian and a foreign number' } : {}),
    };
  }
  const detail = `shared by ${p.holders} records${household ? ', household' : ''}`;
  return { field: 'phone', outcome: 'agree', weight: p.weight, detail };
}

const nationalWeight = (level: IdLevel): number =>
  level === 'agree'
    ? ID_WEIGHTS.nationalAgree
    : level === 'typo'
      ? ID_WEIGHTS.nationalTypo
      : ID_WEIGHTS.nationalDisagree;
const passportWeight = (level: IdLevel): number =>
  level === 'agree'
    ? ID_WEIGHTS.passportAgree
    : level === 'typo'
      ? ID_WEIGHTS.passportTypo
      : ID_WEIGHTS.passportDisagree;
const idOutcome = (level: IdLevel): Outcome => (level === 'typo' ? 'partial' : level);

function idReasons(national: IdLevel, passport: IdLevel, otherIds: boolean): Reason[] {
  const out: Reason[] = [];
  if (national !== 'missing') {
    out.push({ field: 'nationalId', outcome: idOutcome(national), weight: nationalWeight(national) });
  }
  if (passport !== 'missing') {
    out.push({ field: 'passport', outcome: idOutcome(passport), weight: passportWeight(passport) });
  }
  if (otherIds) out.push({ field: 'otherIds', outcome: 'agree', weight: ID_WEIGHTS.otherAgree });
  return out;
}

/** Compares two prepared records. */
export function comparePrepared(a: PreparedRecord, b: PreparedRecord, ctx: CompareContext = {}): Comparison {
  return compareCore(a, b, ctx, true);
}

/**
 * comparePrepared without the reasons (an empty list): the same score, decision and flags, with a fraction of
 * the allocation. For scoring many candidate pairs (an import batch compares tens of thousands); compare
 * the few pairs kept again with comparePrepared to show why.
 */
export function scorePrepared(a: PreparedRecord, b: PreparedRecord, ctx: CompareContext = {}): Comparison {
  return compareCore(a, b, ctx, false);
}

const NO_REASONS: Reason[] = [];

function compareCore(a: PreparedRecord, b: PreparedRecord, ctx: CompareContext, detail: boolean): Comparison {
  const names = ctx.names ?? DEFAULT_NAME_FREQUENCIES;
  const registrySize = ctx.registrySize ?? DEFAULT_REGISTRY_SIZE;
  const prior = priorBits(registrySize, ctx.duplicatesPerRecord ?? DEFAULT_DUPLICATES_PER_RECORD);
  const order = bestOrder(compareNameOrders(a, b), names);
  const birthLevel = compareBirth(a.birth, b.birth);
  // Without an agreeing given name the pair may be two relatives: household regime (weights.ts). A similar
  // given name (a typo, or a sibling's rhyming name) counts as agreeing only when the birth dates fit.
  const household =
    order.given.level === 'disagree' ||
    order.given.level === 'missing' ||
    (order.given.level === 'partial' && SIBLING_BIRTHS.has(birthLevel));

  // Both names written as one Khmer word, the same: the whole name agrees, weighed as family and given together.
  const wholeName =
    a.khmer.length === 0 &&
    b.khmer.length === 0 &&
    a.khmerFull !== '' &&
    a.khmerFull === b.khmerFull &&
    order.given.level === 'agree' &&
    order.given.via === 'khmer' &&
    order.family.level === 'missing';
  const familyW = familyWeight(order.family, names);
  const givenW = wholeName
    ? clamp(
        bits(NAME_M_AGREE, wholeNameShare(names, a.khmerFull, khmerCuts(a.khmerFull))),
        0,
        GIVEN_AGREE_MAX,
      )
    : givenWeight(order.given, names);
  const sex: Outcome = a.sex === null || b.sex === null ? 'missing' : a.sex === b.sex ? 'agree' : 'disagree';
  const sexWeight = sex === 'agree' ? SEX_WEIGHTS.agree : sex === 'disagree' ? SEX_WEIGHTS.disagree : 0;
  const birthWeight = (household ? BIRTH_WEIGHTS_HOUSEHOLD : BIRTH_WEIGHTS)[birthLevel];
  const phone = phoneEvidence(a, b, ctx, registrySize, household);
  const placeLevel = comparePlace(a.place, b.place);
  const placeWeight = (household ? PLACE_WEIGHTS_HOUSEHOLD : PLACE_WEIGHTS)[placeLevel];
  const national = compareId(a.nationalId, b.nationalId);
  const passport = compareId(a.passport, b.passport);
  const otherIds = a.otherIds.length > 0 && b.otherIds.length > 0 && shareAnyId(a.otherIds, b.otherIds);

  // Summed in the order the reasons are listed, so that both ways give the same score to the last bit.
  let evidence = familyW + givenW;
  if (order.swapped) evidence += NAME_WEIGHTS.swapPenalty;
  evidence += sexWeight;
  evidence += birthWeight;
  evidence += phone.weight;
  evidence += placeWeight;
  if (national !== 'missing') evidence += nationalWeight(national);
  if (passport !== 'missing') evidence += passportWeight(passport);
  if (otherIds) evidence += ID_WEIGHTS.otherAgree;
  const work: WorkEvidence[] | undefined = detail ? [] : undefined;
  const workWeight = compareWork(a.work, b.work, household, work);
  evidence += workWeight;
  const workBoost = Math.max(0, workWeight);

  const sharesHome = phone.outcome === 'agree' || HOME_PLACES.has(placeLevel);
  const vetoed =
    sex === 'disagree' ||
    order.given.level === 'disagree' ||
    (order.family.level === 'disagree' && order.family.via !== 'cross-script') ||
    birthLevel === 'disagree' ||
    national === 'disagree' ||
    // Twins get rhyming names (Sokha, Sokhom): a similar name, one address and one birth date need a person.
    // Not a romanisation that only moves vowels (Chenda, Chinda): that is one name, the commoner case.
    (order.given.level === 'partial' &&
      !order.given.variant &&
      order.family.level === 'agree' &&
      sharesHome &&
      TWIN_BIRTHS.has(birthLevel));
  // Evidence of two people that a chain of links must not cross (clusters.ts): what the rough romanisation
  // of a Khmer name cannot confirm is no proof, and a twin-like pair may as well be one person spelt two ways.
  const conflict =
    sex === 'disagree' ||
    (order.given.level === 'disagree' && order.given.via !== 'cross-script') ||
    birthLevel === 'disagree' ||
    national === 'disagree';
  if (!detail) return comparison(prior, evidence, !vetoed, conflict, NO_REASONS, workBoost);

  const regime = household ? ', household' : '';
  const reasons: Reason[] = [
    {
      field: 'familyName',
      outcome: order.family.level,
      weight: familyW,
      ...(order.family.via ? { detail: order.family.via } : {}),
    },
    {
      field: 'givenName',
      outcome: order.given.level,
      weight: givenW,
      ...(order.given.via ? { detail: order.given.via } : {}),
    },
  ];
  if (order.swapped) {
    reasons.push({
      field: 'nameOrder',
      outcome: 'partial',
      weight: NAME_WEIGHTS.swapPenalty,
      detail: 'swapped',
    });
  }
  reasons.push(
    { field: 'sex', outcome: sex, weight: sexWeight },
    { field: 'birth', outcome: birthOutcome(birthLevel), weight: birthWeight, detail: birthLevel + regime },
    phoneReason(phone, household),
    { field: 'place', outcome: placeOutcome(placeLevel), weight: placeWeight, detail: placeLevel + regime },
    ...idReasons(national, passport, otherIds),
    ...(work ?? []),
  );
  for (const r of reasons) r.weight = round2(r.weight);
  return comparison(prior, evidence, !vetoed, conflict, reasons, workBoost);
}

/** A comparison built field by field: a batch makes one per candidate pair, and a spread costs a copy. */
function comparison(
  prior: number,
  evidence: number,
  linkable: boolean,
  conflict: boolean,
  reasons: Reason[],
  workBoost: number,
): Comparison {
  const s = scored(prior, evidence, linkable, workBoost);
  return {
    score: s.score,
    probability: s.probability,
    decision: s.decision,
    prior: s.prior,
    evidence: s.evidence,
    linkable,
    workBoost,
    conflict,
    reasons,
  };
}

/** Score and decision under a prior; `workBoost` (Comparison) is left out of the test for a link. */
export function scored(prior: number, evidence: number, linkable: boolean, workBoost = 0) {
  const score = scoreOf(prior, evidence);
  return {
    score,
    probability: probabilityOf(score),
    decision: decisionOf(score, linkable, workBoost),
    prior: round2(prior),
    evidence: round2(evidence),
    linkable,
  };
}

/** Scores are shown and compared to the hundredth of a bit. */
const round2 = (x: number): number => Math.round(x * 100) / 100;
const scoreOf = (prior: number, evidence: number): number => round2(prior + evidence);
const probabilityOf = (score: number): number => 1 / (1 + 2 ** -score);
const decisionOf = (score: number, linkable: boolean, workBoost: number): Decision =>
  score - workBoost >= LINK_THRESHOLD && linkable
    ? 'link'
    : score >= REVIEW_THRESHOLD
      ? 'review'
      : 'distinct';

/**
 * A comparison scored again under another prior, in place: the fields withPrior would give a copy, written into
 * `c`. A batch re-scores every pair it compared (tens of thousands) once it knows its prior.
 */
export function rescore(c: Comparison, prior: number): void {
  const score = scoreOf(prior, c.evidence);
  c.score = score;
  c.probability = probabilityOf(score);
  c.decision = decisionOf(score, c.linkable, c.workBoost);
  c.prior = round2(prior);
  c.evidence = round2(c.evidence);
}

/**
 * The same comparison under another prior (log-odds, bits): the evidence does not depend on it, so a batch
 * can compare its pairs once, estimate its duplicate rate from them (prior.ts), and then decide.
 */
export function withPrior(c: Comparison, prior: number): Comparison {
  return { ...c, ...scored(prior, c.evidence, c.linkable, c.workBoost) };
}

/** Compares two raw records; prepare records once with prepareRecord when comparing one against many. */
export function compareRecords(a: PersonRecord, b: PersonRecord, ctx: CompareContext = {}): Comparison {
  return comparePrepared(prepareRecord(a), prepareRecord(b), ctx);
}

/**
 * The duplicate rate for the prior, from a finished run: each candidate pair's probability counts as that
 * share of a true pair. Keep it with the registry and pass it as duplicatesPerRecord to the next run.
 */
export function estimateDuplicatesPerRecord(expectedTruePairs: number, records: number): number {
  if (records <= 0) return DEFAULT_DUPLICATES_PER_RECORD;
  return Math.min(5, Math.max(0.01, (2 * expectedTruePairs) / records));
}
