import { type TierPolicy } from '@civic/domain/organizations';
import { SEED_POLICIES } from '@civic/domain/policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyStoreQueries } from './policy-store.queries';

/** The R5 thresholds in force today: the store's approved TIERS version for a county. */
@Injectable()
export class TierPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: PolicyStoreQueries,
  ) {}

  /**
   * The tier thresholds in force today for an organization's county (rule R5, issue #17): a
   * county's or city's own version overrides the province's; without a county, the province's.
   */
  async current(
    manager: EntityManager = this.dataSource.manager,
    countyCode?: string,
  ): Promise<TierPolicy> {
    const doc = await this.store.documentInForce(manager, 'TIERS', countyCode);
    return (doc?.body ?? SEED_POLICIES.TIERS) as unknown as TierPolicy;
  }
}
