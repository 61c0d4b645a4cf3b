import { z } from 'zod';

/**
 * What a follow-up can be. Each feature adds its kind here and a source on the server
 * (features/follow-ups/follow-up-sources.ts); the home screen shows any kind with its title and link.
 */
export const FOLLOW_UP_KINDS = ['case_action', 'case_review'] as const;

export const ZFollowUpItem = z.object({
  kind: z.enum(FOLLOW_UP_KINDS),
  /** The record to act on (an action, a review...), unique within its kind. */
  id: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** What to do, as the staff member wrote it; null when the kind's name says it all. */
  title: z.string().nullable(),
  worker: z.object({ id: z.string(), regNo: z.string(), displayName: z.string() }),
  /** Where in the web app to act on it. */
  link: z.string(),
});
export const ZFollowUpsQuery = z.object({
  /** How many days ahead counts as due; overdue items are always listed. */
  days: z.coerce.number().int().min(0).max(90).default(7),
});
export const ZFollowUps = z.object({ today: z.string(), until: z.string(), items: z.array(ZFollowUpItem) });
export type TFollowUpItem = z.infer<typeof ZFollowUpItem>;
export type TFollowUps = z.infer<typeof ZFollowUps>;
