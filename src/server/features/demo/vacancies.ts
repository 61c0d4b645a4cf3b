/**
 * Vacancies as employers and job fairs post them. Wages sit around and above the garment minimum (US$208 a
 * month in 2025, US$210 from 1 January 2026, domain.md); garment vacancies never go below it, while farm,
 * domestic and some service jobs can, since no statutory minimum covers them: the decent-work check must see
 * both. Some vacancies break other decent-work rules (no written contract, more than 48 hours, no NSSF), and a
 * few are still marked open after their closing date, which matching must filter out.
 */
import { type Row, V, VACANCY_COLUMNS } from './columns';
import { type Day, dayFromParts, isoOf } from './dates';
import type { Employer, EmployerFactory, EmployerSize } from './employers';
import type { PlaceSampler } from './gazetteer';
import type { Random } from './random';
import { occupationIn, type SectorCode, skillsOf } from './work-abroad';

const GARMENT_MINIMUM_2025 = 208;
const GARMENT_MINIMUM_2026 = 210;
const FIRST_DAY_2026 = dayFromParts(2026, 1, 1);
const EARLIEST_OPENING = dayFromParts(2025, 9, 1);

/** Monthly wage range offered (US$) before skill and overtime premiums. */
const BASE_WAGE: Readonly<Record<SectorCode, readonly [number, number]>> = {
  garment_manufacturing: [210, 240],
  construction: [240, 320],
  agriculture: [160, 260],
  fisheries: [200, 300],
  hospitality_services: [180, 300],
  domestic_work: [150, 250],
  transport: [250, 400],
  other: [200, 300],
};

const WRITTEN_CONTRACT: Readonly<Record<SectorCode, number>> = {
  garment_manufacturing: 0.9,
  construction: 0.35,
  agriculture: 0.15,
  fisheries: 0.3,
  hospitality_services: 0.5,
  domestic_work: 0.2,
  transport: 0.5,
  other: 0.5,
};

const ACCOMMODATION: Readonly<Record<SectorCode, number>> = {
  garment_manufacturing: 0.1,
  construction: 0.6,
  agriculture: 0.5,
  fisheries: 0.7,
  hospitality_services: 0.3,
  domestic_work: 0.9,
  transport: 0.1,
  other: 0.1,
};

const POSITIONS: Readonly<Record<EmployerSize, readonly [number, number]>> = {
  large: [5, 100],
  medium: [2, 30],
  small: [1, 10],
  micro: [1, 3],
};

/** Larger employers post more: the chance a drawn employer is kept. */
const POSTING_RATE: Readonly<Record<EmployerSize, number>> = {
  large: 1,
  medium: 0.6,
  small: 0.35,
  micro: 0.2,
};

/** Work the Labour Law reserves for adults: building sites, fishing boats, heavy machines, mines (ISCO 8111). */
const isHazardous = (sector: SectorCode, isco: string): boolean =>
  sector === 'construction' || sector === 'fisheries' || isco.startsWith('83') || isco === '8111';

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');
const roundTo5 = (n: number): number => Math.round(n / 5) * 5;

export class VacancyFactory {
  constructor(
    private readonly employers: EmployerFactory,
    private readonly employerCount: number,
    private readonly places: PlaceSampler,
    private readonly asOf: Day,
  ) {}

  private employer(rng: Random): Employer {
    let employer = this.employers.at(rng.int(this.employerCount));
    for (let attempt = 0; attempt < 8 && !rng.chance(POSTING_RATE[employer.size]); attempt++) {
      employer = this.employers.at(rng.int(this.employerCount));
    }
    return employer;
  }

  row(index: number, rng: Random): Row {
    const employer = this.employer(rng);
    const occupation = occupationIn(rng, employer.sector);
    const row: Row = new Array<string>(VACANCY_COLUMNS.length).fill('');
    row[V.source_id] = `VAC-${String(index + 1).padStart(7, '0')}`;
    row[V.employer_source_id] = employer.sourceId;
    row[V.title] = rng.chance(0.6) ? occupation.labelEn : occupation.labelKm;
    row[V.occupation_isco] = occupation.iscoCode;
    row[V.sector] = employer.sector;

    const [minPositions, maxPositions] = POSITIONS[employer.size];
    const positions = Math.round(rng.bell(minPositions, maxPositions));
    const { opens, closes, status } = this.dates(rng);
    const filled =
      status === 'filled'
        ? positions
        : status === 'closed'
          ? rng.between(0, positions)
          : rng.int(Math.ceil(positions / 2));
    row[V.positions] = String(positions);
    row[V.positions_filled] = String(filled);
    row[V.opens_on] = isoOf(opens);
    row[V.closes_on] = isoOf(closes);
    row[V.status] = status;

    const [low, high] = BASE_WAGE[employer.sector];
    // Skilled trades and machine operators (ISCO major groups 7 and 8) are paid more.
    const skilled = occupation.iscoCode.startsWith('7') || occupation.iscoCode.startsWith('8');
    let wageMin = roundTo5(rng.bell(low, high) * (skilled ? 1.2 : 1));
    if (employer.sector === 'garment_manufacturing') {
      wageMin = Math.max(wageMin, opens < FIRST_DAY_2026 ? GARMENT_MINIMUM_2025 : GARMENT_MINIMUM_2026);
    }
    row[V.wage_min_usd] = String(wageMin);
    row[V.wage_max_usd] = String(wageMin + roundTo5(rng.float() * 80));

    const commune = rng.chance(0.85) ? employer.commune : this.places.commune(rng, employer.province);
    row[V.province_code] = employer.province;
    row[V.district_code] = commune.slice(0, 4);
    row[V.commune_code] = commune;

    const written = rng.chance(
      Math.min(1, WRITTEN_CONTRACT[employer.sector] + (employer.size === 'large' ? 0.1 : 0)),
    );
    row[V.contract_written] = yesNo(written);
    row[V.contract_duration] = rng.chance(0.6) ? 'fixed' : 'undetermined';
    row[V.hours_per_week] = String(this.hours(rng, employer.sector));
    row[V.nssf] = yesNo(employer.nssf && rng.chance(0.9));
    row[V.accommodation] = yesNo(rng.chance(ACCOMMODATION[employer.sector]));
    row[V.transport] = yesNo(rng.chance(employer.sector === 'garment_manufacturing' ? 0.4 : 0.2));
    row[V.min_age] = isHazardous(employer.sector, occupation.iscoCode)
      ? '18'
      : rng.pick(['18', '18', '18', '16', '16', '15']);
    const skills = skillsOf(occupation.id);
    const count = Math.min(skills.length, rng.between(1, 3));
    row[V.skills] = skills.slice(0, count).join(';');
    return row;
  }

  /** 70 % open, 3 % still marked open after closing, 17 % closed, 10 % filled, relative to the as-of day. */
  private dates(rng: Random): { opens: Day; closes: Day; status: 'open' | 'closed' | 'filled' } {
    const r = rng.float();
    if (r < 0.7) {
      const opens = Math.max(EARLIEST_OPENING, this.asOf - rng.int(60));
      return { opens, closes: this.asOf + rng.between(14, 180), status: 'open' };
    }
    const opens = EARLIEST_OPENING + rng.int(Math.max(1, this.asOf - 30 - EARLIEST_OPENING));
    const closes = Math.min(opens + rng.between(14, 90), this.asOf - 1);
    const status = r < 0.73 ? 'open' : r < 0.9 ? 'closed' : 'filled';
    return { opens, closes: Math.max(closes, opens), status };
  }

  private hours(rng: Random, sector: SectorCode): number {
    if (sector === 'agriculture') return rng.pick([42, 48, 48, 56]);
    if (sector === 'construction' || sector === 'hospitality_services') return rng.pick([48, 48, 54, 60]);
    if (sector === 'garment_manufacturing') return rng.pick([48, 48, 48, 48, 54, 60]);
    return rng.pick([44, 48, 48, 54]);
  }
}
