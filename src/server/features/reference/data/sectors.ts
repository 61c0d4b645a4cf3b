/**
 * The sectors the project reports by (domain.md: construction and agriculture first, garment and general
 * production, fishing, services). Each maps to ISIC Rev.4 sections so employer and vacancy data coded by ISIC
 * can be grouped the same way. Product-owned: labels are rewritten at every start.
 */
export interface ShippedSector {
  code: string;
  nameKm: string;
  nameEn: string;
  isicSections: readonly string[];
}

export const SECTORS: readonly ShippedSector[] = [
  { code: 'agriculture', nameKm: 'កសិកម្ម', nameEn: 'Agriculture', isicSections: ['A'] },
  { code: 'construction', nameKm: 'សំណង់', nameEn: 'Construction', isicSections: ['F'] },
  {
    code: 'garment_manufacturing',
    nameKm: 'កាត់ដេរ និងផលិតកម្ម',
    nameEn: 'Garment and manufacturing',
    isicSections: ['C'],
  },
  // Fishing is ISIC A (division 03) but seafood processing, where many returnees worked in Thailand, is C (10.2):
  // the project counts both as fisheries work.
  { code: 'fisheries', nameKm: 'នេសាទ', nameEn: 'Fisheries', isicSections: ['A', 'C'] },
  {
    code: 'hospitality_services',
    nameKm: 'បដិសណ្ឋារកិច្ច និងសេវាកម្ម',
    nameEn: 'Hospitality and services',
    // Accommodation and food (I), shops and vehicle repair (G), security and cleaning firms (N), personal services (S).
    isicSections: ['I', 'G', 'N', 'S'],
  },
  // ISIC T: households as employers of domestic personnel.
  { code: 'domestic_work', nameKm: 'ការងារតាមផ្ទះ', nameEn: 'Domestic work', isicSections: ['T'] },
  { code: 'transport', nameKm: 'ដឹកជញ្ជូន', nameEn: 'Transport', isicSections: ['H'] },
  {
    code: 'other',
    nameKm: 'ផ្សេងៗ',
    nameEn: 'Other',
    isicSections: ['B', 'D', 'E', 'J', 'K', 'L', 'M', 'O', 'P', 'Q', 'R', 'U'],
  },
];
