import { isEnumMember } from './enum-member';

/** Founders of rural organizations the guidance supports. rule R8 */
export const FounderBackground = {
  COLLEGE_GRADUATE: 'COLLEGE_GRADUATE',
  VETERAN: 'VETERAN',
  RETURNING_MIGRANT_WORKER: 'RETURNING_MIGRANT_WORKER',
} as const;
export type FounderBackground = (typeof FounderBackground)[keyof typeof FounderBackground];

export const FOUNDER_BACKGROUNDS: readonly FounderBackground[] = Object.values(FounderBackground);

export const FOUNDER_BACKGROUND_LABELS_ZH: Readonly<Record<FounderBackground, string>> = {
  COLLEGE_GRADUATE: '高校毕业生',
  VETERAN: '退役军人',
  RETURNING_MIGRANT_WORKER: '返乡创业农民工',
};

// rule R8
export function isFounderBackground(value: unknown): value is FounderBackground {
  return isEnumMember(FOUNDER_BACKGROUNDS, value);
}
