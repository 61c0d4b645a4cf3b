/**
 * What returnees did in Thailand and what they can do now. domain.md: most worked in construction and
 * agriculture, then factories, fishing and seafood processing, services and domestic work; many earned more
 * than US$250 a month. Men went mostly to building sites, women to farms, factories, seafood plants and
 * households, so the sector is drawn given the sex. Occupations are the product's shipped list (ISCO-08 unit
 * groups), so every code the generator writes is one Homeward knows.
 */
import { OCCUPATIONS, type ShippedOccupation } from '../reference/data/occupations';
import { type Random, Weighted, weightedKeys } from './random';

export type SectorCode =
  | 'agriculture'
  | 'construction'
  | 'garment_manufacturing'
  | 'fisheries'
  | 'hospitality_services'
  | 'domestic_work'
  | 'transport'
  | 'other';

/**
 * Sector of the last job abroad. With two thirds women this gives about 33 % construction, 28 % agriculture,
 * 17 % manufacturing, 7 % fisheries, 9 % services, 6 % domestic work.
 */
const SECTOR_BY_SEX = {
  F: weightedKeys<SectorCode>({
    construction: 25,
    agriculture: 30,
    garment_manufacturing: 20,
    fisheries: 6,
    hospitality_services: 11,
    domestic_work: 8,
    transport: 0.3,
  }),
  M: weightedKeys<SectorCode>({
    construction: 48,
    agriculture: 25,
    garment_manufacturing: 10,
    fisheries: 8,
    hospitality_services: 5,
    domestic_work: 1,
    transport: 3,
  }),
} as const;

/** How common each shipped occupation is among returnees of its sector; an occupation not listed weighs 1. */
const OCCUPATION_WEIGHTS: Readonly<Record<string, number>> = {
  construction_labourer: 40,
  bricklayer: 8,
  concrete_worker: 8,
  steel_fixer: 7,
  carpenter: 6,
  building_painter: 5,
  scaffolder: 4,
  plasterer: 4,
  tiler: 4,
  welder: 4,
  road_construction_labourer: 3,
  crop_farm_worker: 35,
  plantation_worker: 25,
  fruit_grower: 8, // durian and longan orchards of Chanthaburi
  livestock_farm_worker: 8,
  vegetable_grower: 5,
  tractor_driver: 3,
  sewing_machine_operator: 25,
  factory_labourer: 20,
  food_factory_worker: 15,
  packer: 12,
  assembly_line_worker: 10,
  electronics_assembler: 5,
  brick_factory_worker: 4,
  seafood_processing_worker: 45,
  sea_fishing_crew: 30,
  fishery_labourer: 20,
  fish_farmer: 5,
  cleaner: 20,
  kitchen_helper: 15,
  waiter: 12,
  shop_assistant: 10,
  cook: 8,
  market_seller: 8,
  security_guard: 6,
  domestic_worker: 75,
  nanny: 15,
  home_carer: 10,
  freight_handler: 30,
  truck_driver: 20,
  forklift_driver: 20,
};

/**
 * Skills a returnee of an occupation says they have, as the short codes a counsellor picks from. Vacancies ask
 * for the same codes, so matching has something to agree on.
 */
const SKILLS_BY_OCCUPATION: Readonly<Record<string, readonly string[]>> = {
  construction_labourer: ['concrete_mixing', 'bricklaying', 'rebar_tying', 'scaffolding', 'site_safety'],
  road_construction_labourer: ['asphalt_work', 'concrete_mixing', 'site_safety'],
  bricklayer: ['bricklaying', 'plastering', 'concrete_mixing'],
  concrete_worker: ['concrete_mixing', 'formwork', 'rebar_tying'],
  steel_fixer: ['rebar_tying', 'steel_erection', 'welding'],
  carpenter: ['carpentry', 'formwork', 'roofing'],
  scaffolder: ['scaffolding', 'site_safety', 'working_at_height'],
  plasterer: ['plastering', 'tiling', 'painting'],
  tiler: ['tiling', 'plastering'],
  building_painter: ['painting', 'plastering'],
  welder: ['welding', 'steel_erection'],
  electrician: ['electrical_wiring', 'site_safety'],
  plumber: ['plumbing', 'pipe_fitting'],
  crop_farm_worker: ['crop_harvesting', 'planting', 'pesticide_spraying', 'irrigation'],
  plantation_worker: ['rubber_tapping', 'oil_palm_harvesting', 'sugar_cane_cutting', 'crop_harvesting'],
  fruit_grower: ['fruit_picking', 'orchard_care', 'pesticide_spraying'],
  vegetable_grower: ['vegetable_growing', 'irrigation', 'planting'],
  livestock_farm_worker: ['pig_raising', 'poultry_raising', 'animal_feeding'],
  tractor_driver: ['tractor_driving', 'farm_machinery'],
  sewing_machine_operator: ['sewing', 'overlock_machine', 'quality_checking'],
  factory_labourer: ['machine_operation', 'packing', 'forklift_driving'],
  food_factory_worker: ['food_processing', 'food_hygiene', 'packing'],
  packer: ['packing', 'quality_checking'],
  assembly_line_worker: ['assembly', 'machine_operation', 'quality_checking'],
  electronics_assembler: ['electronics_assembly', 'soldering', 'quality_checking'],
  brick_factory_worker: ['brick_making', 'machine_operation'],
  seafood_processing_worker: ['fish_processing', 'shrimp_peeling', 'food_hygiene'],
  sea_fishing_crew: ['net_handling', 'boat_crew', 'fish_sorting'],
  fishery_labourer: ['net_mending', 'fish_sorting', 'loading'],
  fish_farmer: ['fish_farming', 'animal_feeding'],
  cleaner: ['cleaning', 'housekeeping'],
  kitchen_helper: ['food_preparation', 'dishwashing', 'food_hygiene'],
  waiter: ['customer_service', 'food_serving'],
  cook: ['cooking', 'food_hygiene', 'food_preparation'],
  shop_assistant: ['customer_service', 'cash_handling'],
  market_seller: ['cash_handling', 'customer_service'],
  security_guard: ['security_patrol', 'customer_service'],
  domestic_worker: ['housekeeping', 'cleaning', 'cooking', 'laundry'],
  nanny: ['child_care', 'housekeeping', 'cooking'],
  home_carer: ['elderly_care', 'housekeeping'],
  freight_handler: ['loading', 'forklift_driving', 'warehouse_work'],
  truck_driver: ['truck_driving', 'vehicle_maintenance'],
  forklift_driver: ['forklift_driving', 'warehouse_work'],
  rice_farmer: ['rice_farming', 'planting', 'irrigation'],
  gardener: ['gardening', 'planting', 'irrigation'],
  mixed_farmer: ['rice_farming', 'vegetable_growing', 'animal_feeding'],
  livestock_raiser: ['pig_raising', 'cattle_raising', 'animal_feeding'],
  poultry_raiser: ['poultry_raising', 'animal_feeding'],
  farm_machinery_mechanic: ['engine_repair', 'farm_machinery', 'welding'],
  roofer: ['roofing', 'working_at_height'],
  air_conditioning_technician: ['air_conditioning_repair', 'electrical_wiring'],
  earthmoving_operator: ['excavator_operation', 'site_safety'],
  crane_operator: ['crane_operation', 'site_safety', 'working_at_height'],
  tailor: ['sewing', 'pattern_cutting'],
  fabric_cutter: ['pattern_cutting', 'fabric_cutting'],
  garment_presser: ['ironing', 'packing'],
  quality_checker: ['quality_checking', 'packing'],
  footwear_factory_worker: ['shoe_assembly', 'machine_operation', 'quality_checking'],
  inland_fisher: ['net_handling', 'net_mending', 'boat_handling'],
  street_food_seller: ['cooking', 'cash_handling', 'food_hygiene'],
  shopkeeper: ['cash_handling', 'stock_keeping', 'customer_service'],
  hairdresser: ['hairdressing', 'customer_service'],
  beautician: ['nail_care', 'beauty_care', 'customer_service'],
  car_mechanic: ['engine_repair', 'vehicle_maintenance'],
  motorcycle_mechanic: ['motorbike_repair', 'engine_repair'],
  phone_repairer: ['phone_repair', 'soldering'],
  car_driver: ['car_driving', 'vehicle_maintenance'],
  bus_driver: ['bus_driving', 'customer_service'],
  motorcycle_rider: ['motorbike_riding', 'delivery'],
  general_labourer: ['loading', 'cleaning', 'concrete_mixing'],
  mine_quarry_worker: ['drilling', 'loading', 'site_safety'],
};

/** Skills many returnees bring whatever their job: Thai is a real asset for border and tourism employers. */
const GENERAL_SKILLS: readonly (readonly [skill: string, share: number])[] = [
  ['thai_speaking', 0.55],
  ['motorbike_riding', 0.35],
  ['thai_reading', 0.06],
  ['driving_licence_b', 0.04],
];

const occupationsBySector = new Map<string, Weighted<ShippedOccupation>>();
for (const sector of new Set(OCCUPATIONS.map((o) => o.sectorCode))) {
  const list = OCCUPATIONS.filter((o) => o.sectorCode === sector);
  occupationsBySector.set(sector, new Weighted(list.map((o) => [o, OCCUPATION_WEIGHTS[o.id] ?? 1] as const)));
}

export function sectorAbroad(rng: Random, sex: 'F' | 'M'): SectorCode {
  return SECTOR_BY_SEX[sex].pick(rng);
}

export function occupationIn(rng: Random, sector: string): ShippedOccupation {
  const picker = occupationsBySector.get(sector) ?? occupationsBySector.get('other');
  if (!picker) throw new Error(`No shipped occupation for sector ${sector}`);
  return picker.pick(rng);
}

export function skillsOf(occupationId: string): readonly string[] {
  return SKILLS_BY_OCCUPATION[occupationId] ?? [];
}

/** One to three skills of the occupation, plus the general ones a returnee happens to have. */
export function workerSkills(rng: Random, occupationId: string): string[] {
  const own = skillsOf(occupationId);
  const skills: string[] = [];
  const count = own.length === 0 ? 0 : rng.between(1, Math.min(3, own.length));
  const start = rng.int(Math.max(own.length, 1));
  for (let i = 0; i < count; i++) skills.push(own[(start + i) % own.length]!);
  for (const [skill, share] of GENERAL_SKILLS) if (rng.chance(share)) skills.push(skill);
  return skills;
}

/** Country of the last job abroad: this project's returnees came back from Thailand; a few from elsewhere. */
export const LAST_COUNTRY = weightedKeys({ Thailand: 97.5, Malaysia: 1.2, 'South Korea': 0.8, Japan: 0.5 });

/**
 * Years abroad: short stays are common, a tail stayed ten years and more; never more than the years since the
 * person turned fifteen, the youngest age anyone left for work.
 */
export function yearsAbroad(rng: Random, ageAtReturn: number): string {
  const r = rng.float();
  const years =
    r < 0.06
      ? 0.5
      : r < 0.45
        ? rng.between(1, 3)
        : r < 0.75
          ? rng.between(4, 6)
          : r < 0.92
            ? rng.between(7, 10)
            : rng.between(11, 20);
  return String(Math.max(0.5, Math.min(years, ageAtReturn - 15)));
}
