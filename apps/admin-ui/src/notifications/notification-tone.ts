import type { NotificationView } from './notification-queries';

export type Outcome = NotificationView['outcome'];
export type Tone = 'good' | 'bad' | 'waiting';

/** How an outcome reads to the organization: good news, bad news, or still waiting. */
const TONE: Record<Outcome, Tone> = {
  APPROVED: 'good',
  AWARDED: 'good',
  ADMITTED: 'good',
  CONTRACT_AWARDED: 'good',
  PAID: 'good',
  WAITLISTED: 'waiting',
  REJECTED: 'bad',
  NOT_FUNDED: 'bad',
  NOT_ADMITTED: 'bad',
  BID_NOT_SELECTED: 'bad',
  AWARD_REVOKED: 'bad',
  PAYMENT_FAILED: 'bad',
};

/** The antd tag colour of each tone: a waiting state is information, not a warning. */
export const TONE_COLOR: Record<Tone, string> = {
  good: 'success',
  bad: 'error',
  waiting: 'processing',
};

export function toneOf(outcome: Outcome): Tone {
  return TONE[outcome] ?? 'waiting';
}

/** Every outcome the API names, for the labels' completeness check. */
export const OUTCOMES = Object.keys(TONE) as Outcome[];
