/**
 * Cambodia's 25 provinces (NCDD codes, Khmer and Latin names). They ship with the product so centres and place
 * pickers work before any gazetteer import; an import of the official gazetteer updates these names.
 */
export const PROVINCES: ReadonlyArray<{ code: string; nameKm: string; nameLatin: string; typeKm: string; typeLatin: string }> = [
  ['01', 'បន្ទាយមានជ័យ', 'Banteay Meanchey'],
  ['02', 'បាត់ដំបង', 'Battambang'],
  ['03', 'កំពង់ចាម', 'Kampong Cham'],
  ['04', 'កំពង់ឆ្នាំង', 'Kampong Chhnang'],
  ['05', 'កំពង់ស្ពឺ', 'Kampong Speu'],
  ['06', 'កំពង់ធំ', 'Kampong Thom'],
  ['07', 'កំពត', 'Kampot'],
  ['08', 'កណ្តាល', 'Kandal'],
  ['09', 'កោះកុង', 'Koh Kong'],
  ['10', 'ក្រចេះ', 'Kratie'],
  ['11', 'មណ្ឌលគិរី', 'Mondul Kiri'],
  ['12', 'ភ្នំពេញ', 'Phnom Penh'],
  ['13', 'ព្រះវិហារ', 'Preah Vihear'],
  ['14', 'ព្រៃវែង', 'Prey Veng'],
  ['15', 'ពោធិ៍សាត់', 'Pursat'],
  ['16', 'រតនគិរី', 'Ratanak Kiri'],
  ['17', 'សៀមរាប', 'Siem Reap'],
  ['18', 'ព្រះសីហនុ', 'Preah Sihanouk'],
  ['19', 'ស្ទឹងត្រែង', 'Stung Treng'],
  ['20', 'ស្វាយរៀង', 'Svay Rieng'],
  ['21', 'តាកែវ', 'Takeo'],
  ['22', 'ឧត្តរមានជ័យ', 'Oddar Meanchey'],
  ['23', 'កែប', 'Kep'],
  ['24', 'ប៉ៃលិន', 'Pailin'],
  ['25', 'ត្បូងឃ្មុំ', 'Tboung Khmum'],
].map(([code, nameKm, nameLatin]) => ({
  code: code!,
  nameKm: nameKm!,
  nameLatin: nameLatin!,
  // Phnom Penh is a capital (រាជធានី), the others provinces (ខេត្ត).
  typeKm: code === '12' ? 'រាជធានី' : 'ខេត្ត',
  typeLatin: code === '12' ? 'Reach Thani' : 'Khaet',
}));

/** The project's first centres (domain.md): created at first start, edited like any other centre afterwards. */
export const DEFAULT_CENTRES = [
  { code: 'OMC', provinceCode: '22', nameKm: 'មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ឧត្តរមានជ័យ', nameEn: 'Oddar Meanchey Migrant Worker Resource Centre' },
  { code: 'PST', provinceCode: '15', nameKm: 'មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ពោធិ៍សាត់', nameEn: 'Pursat Migrant Worker Resource Centre' },
  { code: 'PVH', provinceCode: '13', nameKm: 'មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ព្រះវិហារ', nameEn: 'Preah Vihear Migrant Worker Resource Centre' },
] as const;
