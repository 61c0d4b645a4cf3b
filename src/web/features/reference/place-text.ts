import type { TPlace } from '../../../shared/contracts/reference';
import type { Language } from '../../i18n/i18n';

export const placeName = (p: { nameKm: string; nameLatin: string }, language: Language) =>
  language === 'km' ? p.nameKm : p.nameLatin;

/** The name in the other script, so a Latin search still shows the Khmer spelling and the other way round. */
export const otherName = (p: { nameKm: string; nameLatin: string }, language: Language) =>
  language === 'km' ? p.nameLatin : p.nameKm;

export const placeType = (p: TPlace, language: Language) =>
  (language === 'km' ? p.typeKm : p.typeLatin) ?? '';

export const placePath = (p: TPlace, language: Language) =>
  p.path.map((step) => placeName(step, language)).join(' › ');

/**
 * A place the way an address is written, smallest unit first: "ភូមិ បាកាន, ត្រពាំងជង, បាកាន, ពោធិ៍សាត់". Many
 * villages share a name, so the path is what tells them apart.
 */
export const placeAddress = (p: TPlace, language: Language) =>
  [
    [placeType(p, language), placeName(p, language)].filter(Boolean).join(' '),
    ...[...p.path].reverse().map((step) => placeName(step, language)),
  ].join(', ');
