import { z } from 'zod';

const isoDate = z.iso.date();

/**
 * The headline figures, each a count of distinct people (a record merged into another counts as that person).
 * The two "evaluated" figures are the denominators of the decent-work and 90-day retention shares, so a share is
 * never shown against placements nobody has checked yet.
 */
export const DASHBOARD_FIGURES = [
  'registered',
  'served',
  'referred',
  'placed',
  'decentEvaluated',
  'decent',
  'retentionEvaluated',
  'retained90',
] as const;
export type TDashboardFigure = (typeof DASHBOARD_FIGURES)[number];

export const ZDashboardQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    /** One centre; centre staff may only name one of theirs. Omitted: every centre the user may see. */
    centreId: z.uuid().optional(),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The period ends before it starts' });
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

/** A figure split by sex; `unknown` holds "other" and not recorded. */
export const ZSexSplit = z.object({
  total: z.number().int(),
  female: z.number().int(),
  male: z.number().int(),
  unknown: z.number().int(),
});
export type TSexSplit = z.infer<typeof ZSexSplit>;

const figureShape = Object.fromEntries(DASHBOARD_FIGURES.map((f) => [f, ZSexSplit])) as Record<
  TDashboardFigure,
  typeof ZSexSplit
>;
export const ZDashboardFigures = z.object(figureShape);
export type TDashboardFigures = z.infer<typeof ZDashboardFigures>;

export const ZProvinceFigures = z.object({
  /** The person's province; null when their address has none. */
  provinceCode: z.string().nullable(),
  nameKm: z.string().nullable(),
  nameLatin: z.string().nullable(),
  figures: ZDashboardFigures,
});
export type TProvinceFigures = z.infer<typeof ZProvinceFigures>;

export const ZHeadline = z.object({
  from: z.string(),
  to: z.string(),
  /** The centre filter applied; null for every centre in the user's scope. */
  centreId: z.string().nullable(),
  /** True when the figures cover every centre (national scope, no filter). */
  national: z.boolean(),
  totals: ZDashboardFigures,
  /** Provinces with at least one person counted, by code; people without a province last. */
  provinces: z.array(ZProvinceFigures),
});
export type THeadline = z.infer<typeof ZHeadline>;
