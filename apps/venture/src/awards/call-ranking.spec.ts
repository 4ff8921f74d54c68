import type { VentureCall } from '../calls/call.entity';
import type { Proposal } from '../proposals/proposal.entity';
import type { ReviewAssignment } from '../reviews/assignment.entity';
import { rankCall } from './call-ranking';

const call = {
  id: 'call',
  budgetFen: 10_000_000,
  ruralReservePercent: 30,
  rubric: [{ key: 'q', name: '质量', weight: 100, scaleMax: 10 }],
} as VentureCall;

function proposal(id: string, bonus = 0): Proposal {
  return {
    id,
    callId: call.id,
    title: `项目 ${id}`,
    organizationName: `组织 ${id}`,
    organizationAreaType: 'URBAN',
    requestedFen: 2_000_000,
    status: 'SUBMITTED',
    priority: { bonus, policyVersion: 'test', reasons: [] },
    priorityBonus: bonus,
  } as unknown as Proposal;
}

function review(proposalId: string, q: number | null): ReviewAssignment {
  return {
    proposalId,
    reviewerId: `${proposalId}-${q}`,
    callId: call.id,
    scores: q === null ? null : { q },
  } as ReviewAssignment;
}

/** rankCall reads only what it is given: the call's proposals, their reviews and the awards made. */
describe('a call ranking (rules R17, R19)', () => {
  it('ranks the proposals whose reviews are all in by merit, and lets them be awarded', () => {
    const ranking = rankCall(call, {
      proposals: [proposal('b'), proposal('a')],
      assignments: [review('a', 9), review('a', 8), review('b', 5)],
      awards: [],
    });
    expect(ranking.incomplete).toBe(0);
    expect(ranking.rows.map((r) => [r.proposalId, r.rank, r.merit, r.reviews])).toEqual([
      ['a', 1, 85, 2],
      ['b', 2, 50, 1],
    ]);
    expect(ranking.rows.every((r) => r.awardable)).toBe(true);
  });

  it('awards nothing while a proposal still misses a review (R19)', () => {
    const ranking = rankCall(call, {
      proposals: [proposal('a'), proposal('c')],
      assignments: [review('a', 9), review('c', null)],
      awards: [],
    });
    expect(ranking.incomplete).toBe(1);
    expect(ranking.rows.map((r) => r.proposalId)).toEqual(['a']);
    expect(ranking.rows[0].awardable).toBe(false);
  });
});
