import { stateMachine } from './state-machine';

/**
 * A programme's commitment at finance, as the programme sees it (rule R27). REQUESTED: asked,
 * not answered yet. COMMITTED: finance holds the money against the fund-year's budget. REFUSED:
 * finance refused it (the budget would be exceeded); nothing is held. RELEASING: the programme
 * will pay no more of it (a withdrawal, a failed evaluation) and asked finance to release what is
 * unpaid. RELEASED: finance released it with a RELEASE posting; what was paid stays paid.
 */
export type CommitmentState = 'REQUESTED' | 'COMMITTED' | 'REFUSED' | 'RELEASING' | 'RELEASED';

export type CommitmentEvent = 'ACCEPT' | 'REFUSE' | 'WITHDRAW' | 'RELEASED';

export const COMMITMENT_STATES: readonly CommitmentState[] = Object.freeze([
  'REQUESTED',
  'COMMITTED',
  'REFUSED',
  'RELEASING',
  'RELEASED',
]);

export const fundingCommitment = stateMachine<CommitmentState, CommitmentEvent>({
  name: 'commitment',
  nameZh: '资金承诺',
  rule: 'R27',
  transitions: {
    REQUESTED: { ACCEPT: 'COMMITTED', REFUSE: 'REFUSED' },
    COMMITTED: { WITHDRAW: 'RELEASING' },
    RELEASING: { RELEASED: 'RELEASED' },
    REFUSED: {},
    RELEASED: {},
  },
});

// rule R27: whether finance holds (or is about to hold) money for the commitment.
export function holdsMoney(state: CommitmentState): boolean {
  return state === 'REQUESTED' || state === 'COMMITTED' || state === 'RELEASING';
}
