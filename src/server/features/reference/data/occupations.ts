/**
 * The product's own list of occupations common among returnees from Thailand (domain.md: mostly construction and
 * agriculture, then factories, fishing, domestic and service work). Labels are written for Cambodian users in
 * plain everyday Khmer, not translated ISCO titles; the ISCO-08 unit group is what matching and reports use.
 * Ids are stable: worker and vacancy records keep them, so an entry is relabelled, never renamed or removed.
 */
export interface ShippedOccupation {
  id: string;
  iscoCode: string;
  sectorCode: string;
  labelKm: string;
  labelEn: string;
}

type Entry = readonly [id: string, iscoCode: string, labelKm: string, labelEn: string];

const bySector: Record<string, readonly Entry[]> = {
  agriculture: [
    ['crop_farm_worker', '9211', 'កម្មករកសិកម្ម', 'Farm worker (crops)'],
    ['plantation_worker', '9211', 'កម្មករចំការ (កៅស៊ូ ដូងប្រេង អំពៅ ដំឡូងមី)', 'Plantation worker (rubber, oil palm, sugar cane, cassava)'],
    ['rice_farmer', '6111', 'កសិករដាំស្រូវ', 'Rice farmer'],
    ['vegetable_grower', '6111', 'អ្នកដាំបន្លែ', 'Vegetable grower'],
    ['fruit_grower', '6112', 'អ្នកដាំដើមឈើហូបផ្លែ', 'Fruit tree grower'],
    ['gardener', '6113', 'អ្នកថែសួន', 'Gardener'],
    ['mixed_farmer', '6130', 'កសិករដាំដុះ និងចិញ្ចឹមសត្វ', 'Farmer (crops and animals)'],
    ['livestock_raiser', '6121', 'អ្នកចិញ្ចឹមជ្រូក គោ ក្របី', 'Pig and cattle raiser'],
    ['poultry_raiser', '6122', 'អ្នកចិញ្ចឹមមាន់ ទា', 'Chicken and duck raiser'],
    ['livestock_farm_worker', '9212', 'កម្មករកសិដ្ឋានចិញ្ចឹមសត្វ', 'Livestock farm worker'],
    ['tractor_driver', '8341', 'អ្នកបើកត្រាក់ទ័រ និងម៉ាស៊ីនកសិកម្ម', 'Tractor and farm machine driver'],
    ['farm_machinery_mechanic', '7233', 'ជាងជួសជុលគ្រឿងចក្រកសិកម្ម', 'Farm machinery mechanic'],
  ],
  construction: [
    ['construction_labourer', '9313', 'កម្មករសំណង់', 'Construction labourer'],
    ['road_construction_labourer', '9312', 'កម្មករសាងសង់ផ្លូវ និងស្ពាន', 'Road and bridge construction labourer'],
    ['bricklayer', '7112', 'ជាងរៀបឥដ្ឋ', 'Bricklayer'],
    ['concrete_worker', '7114', 'ជាងចាក់បេតុង', 'Concrete worker'],
    ['steel_fixer', '7214', 'ជាងដែកសំណង់', 'Steel fixer (rebar) and steel erector'],
    ['carpenter', '7115', 'ជាងឈើ', 'Carpenter'],
    ['scaffolder', '7119', 'ជាងដំឡើងរន្ទា', 'Scaffolder'],
    ['roofer', '7121', 'ជាងប្រក់ដំបូល', 'Roofer'],
    ['tiler', '7122', 'ជាងក្រាលការ៉ូ', 'Tiler'],
    ['plasterer', '7123', 'ជាងបូកកំបោរ', 'Plasterer'],
    ['plumber', '7126', 'ជាងទឹក', 'Plumber'],
    ['air_conditioning_technician', '7127', 'ជាងម៉ាស៊ីនត្រជាក់', 'Air-conditioning and refrigeration technician'],
    ['building_painter', '7131', 'ជាងលាបថ្នាំ', 'Painter (buildings)'],
    ['electrician', '7411', 'ជាងភ្លើង', 'Electrician'],
    ['welder', '7212', 'ជាងផ្សារដែក', 'Welder'],
    ['earthmoving_operator', '8342', 'អ្នកបើកម៉ាស៊ីនជីកដី និងគ្រឿងចក្រធុនធ្ងន់', 'Excavator and heavy machine operator'],
    ['crane_operator', '8343', 'អ្នកបើកស្ទូច', 'Crane operator'],
  ],
  garment_manufacturing: [
    ['sewing_machine_operator', '8153', 'កម្មករកាត់ដេរ', 'Garment sewing machine operator'],
    ['tailor', '7531', 'ជាងកាត់ដេរ', 'Tailor or dressmaker'],
    ['fabric_cutter', '7532', 'កម្មករកាត់ក្រណាត់', 'Fabric cutter'],
    ['garment_presser', '9121', 'កម្មករអ៊ុតខោអាវ', 'Garment presser (ironing)'],
    ['quality_checker', '7543', 'អ្នកត្រួតពិនិត្យគុណភាពផលិតផល', 'Quality checker (garments and factory products)'],
    ['footwear_factory_worker', '8156', 'កម្មកររោងចក្រស្បែកជើង', 'Footwear factory worker'],
    ['electronics_assembler', '8212', 'កម្មករផ្គុំគ្រឿងអេឡិចត្រូនិក', 'Electronics assembly worker'],
    ['assembly_line_worker', '8219', 'កម្មករផ្គុំផលិតផល', 'Assembly line worker'],
    ['food_factory_worker', '8160', 'កម្មកររោងចក្រកែច្នៃម្ហូបអាហារ', 'Food processing factory worker'],
    ['brick_factory_worker', '8181', 'កម្មកររោងចក្រឥដ្ឋ និងក្បឿង', 'Brick and roof tile factory worker'],
    ['packer', '9321', 'កម្មករវេចខ្ចប់', 'Packer'],
    ['factory_labourer', '9329', 'កម្មកររោងចក្រទូទៅ', 'Factory labourer (general)'],
  ],
  fisheries: [
    ['sea_fishing_crew', '6223', 'កម្មករលើកប៉ាល់នេសាទសមុទ្រ', 'Sea fishing boat crew'],
    ['inland_fisher', '6222', 'អ្នកនេសាទក្នុងទន្លេ បឹង និងតាមឆ្នេរ', 'River, lake and coastal fisher'],
    ['fish_farmer', '6221', 'អ្នកចិញ្ចឹមត្រី និងបង្គា', 'Fish and shrimp farmer'],
    ['fishery_labourer', '9216', 'កម្មករនេសាទ (ផែ និងមង)', 'Fishery labourer (port, nets)'],
    ['seafood_processing_worker', '7511', 'កម្មកររោងចក្រកែច្នៃអាហារសមុទ្រ', 'Seafood processing worker (fish, shrimp)'],
  ],
  domestic_work: [
    ['domestic_worker', '9111', 'ពលករតាមផ្ទះ', 'Domestic worker (house cleaning, laundry)'],
    ['nanny', '5311', 'អ្នកមើលថែកុមារ', 'Nanny or child care worker'],
    ['home_carer', '5322', 'អ្នកមើលថែមនុស្សចាស់ និងអ្នកជំងឺតាមផ្ទះ', 'Home carer for elderly or sick people'],
  ],
  hospitality_services: [
    ['cleaner', '9112', 'អ្នកសម្អាត (ការិយាល័យ សណ្ឋាគារ រោងចក្រ)', 'Cleaner (offices, hotels, factories)'],
    ['cook', '5120', 'ចុងភៅ', 'Cook'],
    ['kitchen_helper', '9412', 'ជំនួយការផ្ទះបាយ និងលាងចាន', 'Kitchen helper and dishwasher'],
    ['waiter', '5131', 'អ្នករត់តុ', 'Waiter or waitress'],
    ['street_food_seller', '5212', 'អ្នកលក់ម្ហូបអាហារតាមផ្លូវ', 'Street food seller'],
    ['market_seller', '5211', 'អ្នកលក់ដូរនៅផ្សារ', 'Market stall seller'],
    ['shopkeeper', '5221', 'ម្ចាស់ហាងលក់ទំនិញ', 'Shopkeeper (own shop)'],
    ['shop_assistant', '5223', 'អ្នកលក់ក្នុងហាង', 'Shop assistant'],
    ['security_guard', '5414', 'សន្តិសុខ', 'Security guard'],
    ['hairdresser', '5141', 'ជាងកាត់សក់', 'Hairdresser or barber'],
    ['beautician', '5142', 'អ្នកថែសម្ផស្ស', 'Beautician or nail technician'],
    ['car_mechanic', '7231', 'ជាងជួសជុលរថយន្ត', 'Car and truck mechanic'],
    ['motorcycle_mechanic', '7231', 'ជាងជួសជុលម៉ូតូ', 'Motorcycle mechanic'],
    ['phone_repairer', '7422', 'ជាងជួសជុលទូរស័ព្ទ', 'Mobile phone repairer'],
  ],
  transport: [
    ['truck_driver', '8332', 'អ្នកបើកបររថយន្តដឹកទំនិញធុនធ្ងន់', 'Truck driver'],
    ['car_driver', '8322', 'អ្នកបើកបររថយន្ត តាក់ស៊ី ឬឡានដឹកតូច', 'Car, taxi or van driver'],
    ['bus_driver', '8331', 'អ្នកបើកបររថយន្តក្រុង', 'Bus driver'],
    ['motorcycle_rider', '8321', 'អ្នករត់ម៉ូតូឌុប និងដឹកជញ្ជូនអីវ៉ាន់', 'Motorcycle taxi or delivery rider'],
    ['forklift_driver', '8344', 'អ្នកបើកបររថយន្តលើកទំនិញ (ហ្វក់លីហ្វ)', 'Forklift driver'],
    ['freight_handler', '9333', 'កម្មករលើកដាក់ទំនិញ', 'Loader and warehouse worker'],
  ],
  other: [
    ['general_labourer', '9629', 'កម្មករទូទៅ', 'General labourer (odd jobs)'],
    ['mine_quarry_worker', '8111', 'កម្មកររ៉ែ និងកន្លែងយកថ្ម', 'Mine and quarry worker'],
  ],
};

export const OCCUPATIONS: readonly ShippedOccupation[] = Object.entries(bySector).flatMap(([sectorCode, entries]) =>
  entries.map(([id, iscoCode, labelKm, labelEn]) => ({ id, iscoCode, sectorCode, labelKm, labelEn })),
);
