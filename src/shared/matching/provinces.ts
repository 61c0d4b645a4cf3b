/**
 * Which of Cambodia's 25 provinces share a land border (NCDD codes), from the map: a worker may commute or move
 * to a neighbouring province more easily than across the country. Borders across the Tonle Sap lake do not
 * count; Phnom Penh touches Kandal and, since the 2019 extension of Kamboul, Kampong Speu.
 */
const BORDERS: Readonly<Record<string, readonly string[]>> = {
  '01': ['02', '17', '22'], // Banteay Meanchey
  '02': ['01', '15', '17', '24'], // Battambang
  '03': ['04', '06', '08', '10', '14', '25'], // Kampong Cham
  '04': ['03', '05', '06', '08', '15'], // Kampong Chhnang
  '05': ['04', '07', '08', '09', '12', '15', '18', '21'], // Kampong Speu
  '06': ['03', '04', '10', '13', '17', '19'], // Kampong Thom
  '07': ['05', '18', '21', '23'], // Kampot
  '08': ['03', '04', '05', '12', '14', '21'], // Kandal
  '09': ['05', '15', '18'], // Koh Kong
  '10': ['03', '06', '11', '19', '25'], // Kratie
  '11': ['10', '16', '19'], // Mondul Kiri
  '12': ['05', '08'], // Phnom Penh
  '13': ['06', '17', '19', '22'], // Preah Vihear
  '14': ['03', '08', '20', '25'], // Prey Veng
  '15': ['02', '04', '05', '09'], // Pursat
  '16': ['11', '19'], // Ratanak Kiri
  '17': ['01', '02', '06', '13', '22'], // Siem Reap
  '18': ['05', '07', '09'], // Preah Sihanouk
  '19': ['06', '10', '11', '13', '16'], // Stung Treng
  '20': ['14'], // Svay Rieng
  '21': ['05', '07', '08'], // Takeo
  '22': ['01', '13', '17'], // Oddar Meanchey
  '23': ['07'], // Kep
  '24': ['02'], // Pailin
  '25': ['03', '10', '14'], // Tboung Khmum
};

export const PROVINCE_CODES: readonly string[] = Object.keys(BORDERS).sort();

export function neighbouringProvinces(code: string): readonly string[] {
  return BORDERS[code] ?? [];
}

export function areNeighbours(a: string, b: string): boolean {
  return BORDERS[a]?.includes(b) ?? false;
}
