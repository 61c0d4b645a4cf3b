/** The review queue's tabs, in the order a reviewer works through them. */
export const PAIR_STATUSES = ['review', 'linked', 'same', 'distinct'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];
