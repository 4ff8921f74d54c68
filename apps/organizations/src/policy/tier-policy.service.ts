import { type TierPolicy } from '@civic/domain/organizations';
import { SEED_POLICIES } from '@civic/domain/policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyStoreQueries } from './policy-store.queries';

/** The R5 thresholds in force today: the store's approved TIERS version for the province. */
@Injectable()
export class TierPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: PolicyStoreQueries,
  ) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<TierPolicy> {
    const doc = await this.store.documentInForce(manager, 'TIERS');
    return (doc?.body ?? SEED_POLICIES.TIERS) as unknown as TierPolicy;
  }
}
