import { inputFor } from '../../ui/error-text';

const PLACE_CODES = ['provinceCode', 'districtCode', 'communeCode'];

/**
 * Where a jobs form with these inputs shows a server field issue: the request splits the one place picker into its
 * NCDD codes; every other input has the request's name.
 */
export const jobInputFor =
  (inputs: readonly string[]) =>
  (field: string): string | null =>
    PLACE_CODES.includes(field) ? inputFor(inputs, 'place') : inputFor(inputs, field);
