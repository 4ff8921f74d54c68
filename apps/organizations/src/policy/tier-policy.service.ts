import { DEFAULT_TIER_POLICY, type TierPolicy } from '@civic/domain/organizations';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyVersion } from './policy-version.entity';

export const TIER_POLICY_KIND = 'TIER';

/** The R5 thresholds in force: the newest TIER policy row, or the default until one is stored. */
@Injectable()
export class TierPolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<TierPolicy> {
    const row = await manager.findOne(PolicyVersion, {
      where: { kind: TIER_POLICY_KIND },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return row ? (row.data as TierPolicy) : DEFAULT_TIER_POLICY;
  }
}
