import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { Proposal } from '../proposals/proposal.entity';
import { ReviewAssignment } from '../reviews/assignment.entity';
import { Award } from './award.entity';
import { Tranche } from './tranche.entity';

/** The awards feature's reads that span its tables, and its locks (R19). */
@Injectable()
export class AwardsRepository {
  /** An award locked for a change in the caller's transaction; null when there is none. */
  lock(manager: EntityManager, id: string): Promise<Award | null> {
    return manager.findOne(Award, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** An award's tranches, in order. */
  tranchesOf(manager: EntityManager, awardId: string): Promise<Tranche[]> {
    return manager.find(Tranche, { where: { awardId }, order: { position: 'ASC' } });
  }

  /** What a call's ranking reads: its reviewed proposals, their reviews, the awards made. */
  async rankingInputs(manager: EntityManager, callId: string) {
    const proposals = await manager.findBy(Proposal, {
      callId,
      status: In(['SUBMITTED', 'AWARDED', 'NOT_AWARDED']),
    });
    const assignments = await manager.findBy(ReviewAssignment, { callId });
    const awards = await manager.findBy(Award, { callId });
    return { proposals, assignments, awards };
  }

  /** The proposals and tranches (in order) that the views of some awards show. */
  async viewParts(
    manager: EntityManager,
    awardIds: string[],
  ): Promise<{ proposals: Proposal[]; tranches: Tranche[] }> {
    if (awardIds.length === 0) return { proposals: [], tranches: [] };
    const proposals = await manager.findBy(Proposal, { id: In(awardIds) });
    const tranches = await manager.find(Tranche, {
      where: { awardId: In(awardIds) },
      order: { position: 'ASC' },
    });
    return { proposals, tranches };
  }
}

export type RankingInputs = Awaited<ReturnType<AwardsRepository['rankingInputs']>>;
export type AwardViewParts = Awaited<ReturnType<AwardsRepository['viewParts']>>;
