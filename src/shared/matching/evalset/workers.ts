/**
 * Thirty returnees of the evaluation set and, for each, how an experienced MRC counsellor grades the sixty
 * vacancies: 3 refer now, 2 a good option to discuss, 1 worth mentioning, 0 (unlisted) not for this person.
 * The grades were written from the profiles, before looking at any score, with the reason in a comment.
 */
import type { MatchWorker } from '../types';

type Stay = [isco: string, sector: string, years: number];
interface Profile {
  sex: 'female' | 'male';
  age: number;
  place: string;
  stays: Stay[];
  skills: string[];
  wage: number;
  sectors?: string[];
  relocate?: boolean;
  disability?: boolean;
  inactive?: boolean;
  grades: Record<string, 1 | 2 | 3>;
}

const P: Record<string, Profile> = {
  // Site labourer at home in Pursat: the two local sites first, then trades he could grow into.
  W01: {
    sex: 'male',
    age: 34,
    place: '150101',
    stays: [['9313', 'construction', 5]],
    skills: ['concrete_mixing', 'site_safety'],
    wage: 260,
    grades: { V01: 3, V02: 3, V57: 2, V03: 2, V11: 2, V36: 1, V31: 1, V04: 1, V29: 1, V09: 1, V45: 1 },
  },
  // Farm worker who wants to stay in farming near home.
  W02: {
    sex: 'female',
    age: 29,
    place: '150102',
    stays: [['9211', 'agriculture', 3]],
    skills: ['crop_harvesting', 'planting'],
    wage: 190,
    sectors: ['agriculture'],
    grades: { V04: 3, V05: 2, V29: 2, V12: 2, V32: 1, V41: 1, V39: 1, V40: 1, V13: 1, V27: 1 },
  },
  // Experienced labourer in Oddar Meanchey, ready to move for a good site job.
  W03: {
    sex: 'male',
    age: 40,
    place: '220101',
    stays: [['9313', 'construction', 8]],
    skills: ['concrete_mixing', 'rebar_tying'],
    wage: 280,
    relocate: true,
    grades: { V15: 3, V58: 2, V45: 2, V26: 2, V09: 2, V13: 1, V11: 1, V02: 1, V57: 1, V10: 1 },
  },
  // Sewing machine operator in Phnom Penh: the factory lines nearby.
  W04: {
    sex: 'female',
    age: 24,
    place: '120101',
    stays: [['8153', 'garment_manufacturing', 4]],
    skills: ['sewing', 'overlock_machine'],
    wage: 230,
    grades: { V07: 3, V06: 2, V56: 2, V08: 2, V32: 1, V41: 1, V30: 1, V49: 1, V50: 1 },
  },
  // Restaurant cook from Thailand, back in Siem Reap.
  W05: {
    sex: 'female',
    age: 31,
    place: '170101',
    stays: [['5120', 'hospitality_services', 3]],
    skills: ['cooking', 'food_hygiene'],
    wage: 250,
    grades: { V20: 3, V21: 2, V22: 1, V19: 1, V42: 1 },
  },
  // Seafood processor on the coast.
  W06: {
    sex: 'male',
    age: 27,
    place: '180101',
    stays: [['7511', 'fisheries', 2]],
    skills: ['fish_processing'],
    wage: 230,
    grades: { V16: 3, V17: 2, V30: 1 },
  },
  // Domestic worker from Bangkok households, wants work near home.
  W07: {
    sex: 'female',
    age: 45,
    place: '150101',
    stays: [['9111', 'domestic_work', 6]],
    skills: ['housekeeping', 'cooking'],
    wage: 180,
    grades: { V40: 3, V39: 2, V18: 1, V53: 1, V19: 1 },
  },
  // Seventeen: no building site, no factory under 18; local farm and shop work.
  W08: {
    sex: 'male',
    age: 17,
    place: '150101',
    stays: [['9313', 'construction', 1]],
    skills: ['concrete_mixing'],
    wage: 200,
    grades: { V04: 2, V29: 2, V53: 1, V05: 1, V41: 1 },
  },
  // Farm and building work in Preah Vihear; stays home.
  W09: {
    sex: 'male',
    age: 35,
    place: '130101',
    stays: [
      ['9211', 'agriculture', 5],
      ['9313', 'construction', 2],
    ],
    skills: ['crop_harvesting', 'concrete_mixing'],
    wage: 200,
    relocate: false,
    grades: { V27: 3, V26: 3, V28: 2, V13: 1, V15: 1, V47: 1 },
  },
  // Rubber tapper back in Oddar Meanchey, wants plantation work.
  W10: {
    sex: 'female',
    age: 38,
    place: '220201',
    stays: [['9211', 'agriculture', 6]],
    skills: ['rubber_tapping', 'crop_harvesting'],
    wage: 200,
    sectors: ['agriculture'],
    grades: { V14: 3, V13: 3, V59: 2, V47: 2, V27: 1, V42: 1 },
  },
  // Truck driver in Phnom Penh.
  W11: {
    sex: 'male',
    age: 30,
    place: '120201',
    stays: [['8332', 'transport', 5]],
    skills: ['truck_driving', 'driving_licence_b'],
    wage: 380,
    grades: { V23: 3, V24: 2, V25: 1, V44: 1 },
  },
  // Warehouse loader who drove forklifts.
  W12: {
    sex: 'male',
    age: 26,
    place: '120201',
    stays: [['9333', 'transport', 3]],
    skills: ['loading', 'forklift_driving'],
    wage: 250,
    grades: { V24: 3, V25: 3, V23: 1, V08: 1, V09: 1 },
  },
  // Young woman who learnt sewing at home, wants a garment job, will move.
  W13: {
    sex: 'female',
    age: 22,
    place: '150201',
    stays: [],
    skills: ['sewing'],
    wage: 210,
    sectors: ['garment_manufacturing'],
    relocate: true,
    grades: { V32: 3, V41: 2, V06: 2, V56: 2, V07: 1, V08: 1 },
  },
  // Rice farmer of fifty: farm work near home.
  W14: {
    sex: 'female',
    age: 50,
    place: '150101',
    stays: [['6111', 'agriculture', 10]],
    skills: ['rice_farming'],
    wage: 150,
    grades: { V05: 3, V04: 2, V29: 2, V59: 1, V12: 1 },
  },
  // Welder in Battambang who will move to Phnom Penh for skilled pay.
  W15: {
    sex: 'male',
    age: 33,
    place: '020101',
    stays: [['7212', 'construction', 6]],
    skills: ['welding', 'steel_erection'],
    wage: 350,
    relocate: true,
    grades: { V10: 3, V57: 1, V11: 1 },
  },
  // Kitchen helper in Siem Reap.
  W16: {
    sex: 'female',
    age: 28,
    place: '170102',
    stays: [['9412', 'hospitality_services', 2]],
    skills: ['food_preparation', 'dishwashing'],
    wage: 200,
    grades: { V21: 3, V20: 2, V19: 2, V22: 1 },
  },
  // Motorbike mechanic in Oddar Meanchey.
  W17: {
    sex: 'male',
    age: 42,
    place: '220101',
    stays: [['7231', 'hospitality_services', 8]],
    skills: ['motorbike_repair', 'engine_repair'],
    wage: 250,
    grades: { V43: 3, V44: 1 },
  },
  // Carer of elderly people.
  W18: {
    sex: 'female',
    age: 36,
    place: '150101',
    stays: [['5322', 'domestic_work', 4]],
    skills: ['elderly_care'],
    wage: 200,
    grades: { V39: 3, V40: 2, V38: 1, V53: 1 },
  },
  // Young man with no work abroad on record, wants service work: nothing fits well.
  W19: {
    sex: 'male',
    age: 24,
    place: '120101',
    stays: [],
    skills: ['customer_service'],
    wage: 200,
    sectors: ['hospitality_services'],
    grades: { V22: 1, V53: 1, V25: 1, V08: 1, V54: 1 },
  },
  // Electronics assembler in Svay Rieng (Bavet zone).
  W20: {
    sex: 'female',
    age: 30,
    place: '200101',
    stays: [['8212', 'garment_manufacturing', 3]],
    skills: ['electronics_assembly', 'soldering'],
    wage: 220,
    grades: { V49: 3, V50: 2, V55: 1, V30: 1 },
  },
  // Carpenter in Pursat.
  W21: {
    sex: 'male',
    age: 38,
    place: '150101',
    stays: [['7115', 'construction', 7]],
    skills: ['carpentry', 'formwork', 'roofing'],
    wage: 300,
    grades: { V36: 3, V57: 2, V01: 1, V02: 1, V03: 1 },
  },
  // Woman who worked on sites but wants farm work now.
  W22: {
    sex: 'female',
    age: 27,
    place: '220101',
    stays: [['9313', 'construction', 3]],
    skills: ['concrete_mixing'],
    wage: 200,
    sectors: ['agriculture'],
    grades: { V13: 3, V59: 2, V14: 2, V15: 2, V58: 1, V42: 1 },
  },
  // Older labourer with a walking difficulty.
  W23: {
    sex: 'male',
    age: 55,
    place: '150101',
    stays: [['9313', 'construction', 12]],
    skills: ['concrete_mixing', 'bricklaying'],
    wage: 220,
    disability: true,
    grades: { V01: 3, V03: 2, V02: 2, V54: 1, V53: 1 },
  },
  // Record closed (found work on his own): nothing to suggest.
  W24: {
    sex: 'male',
    age: 29,
    place: '150101',
    stays: [['9313', 'construction', 3]],
    skills: [],
    wage: 250,
    inactive: true,
    grades: {},
  },
  // Nanny in Phnom Penh.
  W25: {
    sex: 'female',
    age: 33,
    place: '120102',
    stays: [['5311', 'domestic_work', 4]],
    skills: ['child_care', 'housekeeping'],
    wage: 220,
    grades: { V38: 3, V18: 2, V39: 1 },
  },
  // Labourer in Ratanak Kiri who will not move.
  W26: {
    sex: 'male',
    age: 31,
    place: '160101',
    stays: [['9313', 'construction', 4]],
    skills: ['concrete_mixing'],
    wage: 250,
    relocate: false,
    grades: { V51: 3, V52: 2 },
  },
  // Factory labourer in Kampong Speu.
  W27: {
    sex: 'female',
    age: 26,
    place: '050101',
    stays: [['9329', 'garment_manufacturing', 3]],
    skills: ['machine_operation', 'packing'],
    wage: 210,
    grades: { V55: 3, V56: 2, V08: 2, V30: 2, V06: 1 },
  },
  // Tiler in Siem Reap.
  W28: {
    sex: 'male',
    age: 36,
    place: '170101',
    stays: [['7122', 'construction', 5]],
    skills: ['tiling', 'plastering'],
    wage: 300,
    grades: { V46: 3, V45: 2, V03: 1 },
  },
  // Pig raiser in Preah Vihear.
  W29: {
    sex: 'female',
    age: 41,
    place: '130102',
    stays: [['6121', 'agriculture', 5]],
    skills: ['pig_raising', 'animal_feeding'],
    wage: 180,
    grades: { V28: 3, V27: 2, V29: 1 },
  },
  // Young electrician in Phnom Penh.
  W30: {
    sex: 'male',
    age: 23,
    place: '120201',
    stays: [['7411', 'construction', 2]],
    skills: ['electrical_wiring'],
    wage: 330,
    grades: { V37: 3, V60: 1, V10: 1, V09: 1 },
  },
};

export const EVAL_TODAY = '2026-03-01';

export const EVAL_WORKERS: { worker: MatchWorker; grades: Record<string, number> }[] = Object.entries(P).map(
  ([id, p]) => ({
    worker: {
      id,
      status: p.inactive ? 'inactive' : 'active',
      sex: p.sex,
      dateOfBirth: null,
      // Born early in the year: the age on 1 March 2026 is exactly `age`.
      birthYear: null,
      hasDisability: p.disability ?? false,
      provinceCode: p.place.slice(0, 2),
      districtCode: p.place.slice(0, 4),
      communeCode: p.place,
      stays: p.stays.map(([isco, sector, years]) => ({
        occupationIsco: isco,
        sector,
        startedOn: `${2025 - years}-08-01`,
        endedOn: '2025-08-01',
      })),
      skills: p.skills.map((label) => ({ label, iscoCode: null, kind: 'self_declared' })),
      preferredSectors: p.sectors ?? [],
      preferredOccupations: [],
      preferredProvinces: [],
      willingToRelocate: p.relocate ?? null,
      expectedWageUsd: p.wage,
      shareWithEmployers: true,
    },
    grades: p.grades,
  }),
);

/** Dates of birth that give each profile its age on the evaluation day. */
for (const { worker } of EVAL_WORKERS) {
  const age = P[worker.id]!.age;
  (worker as { dateOfBirth: string | null }).dateOfBirth = `${2026 - age}-01-15`;
}
