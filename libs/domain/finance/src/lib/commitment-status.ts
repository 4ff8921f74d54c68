import { stateMachine } from '@civic/domain/programme';

/**
 * A commitment at finance (rule R27). ACCEPTED: budget held for it (a COMMITMENT posting).
 * REFUSED: the budget would have been exceeded; nothing held. CLOSED: its programme will pay no
 * more of it, so what was neither paid nor on its way to the bank was released (a RELEASE
 * posting), and whatever is still on its way is released too if it fails.
 */
export type CommitmentStatus = 'ACCEPTED' | 'REFUSED' | 'CLOSED';

export type CommitmentStatusEvent = 'CLOSE';

export const financeCommitment = stateMachine<CommitmentStatus, CommitmentStatusEvent>({
  name: 'commitment',
  nameZh: '资金承诺',
  rule: 'R27',
  transitions: {
    ACCEPTED: { CLOSE: 'CLOSED' },
    REFUSED: {},
    CLOSED: {},
  },
});

/** What a commitment holds, and what releasing it now frees. rule R27 */
export interface CommitmentHolding {
  amountFen: number;
  releasedFen: number;
  settledFen: number;
  inFlightFen: number;
}

// rule R27: what is still held and neither paid nor on its way: what a release frees now.
export function releasableFen(holding: CommitmentHolding): number {
  const { amountFen, releasedFen, settledFen, inFlightFen } = holding;
  for (const [field, value] of Object.entries(holding)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`rule R27: ${field} must be a non-negative whole number of fen`);
    }
  }
  const free = amountFen - releasedFen - settledFen - inFlightFen;
  if (free < 0) {
    throw new RangeError(
      `rule R27: released ${releasedFen}, settled ${settledFen} and in flight ${inFlightFen} fen exceed the commitment of ${amountFen} fen`,
    );
  }
  return free;
}
