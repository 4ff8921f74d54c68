import { Module } from '@nestjs/common';
import { TierPolicyService } from './tier-policy.service';

/** Versioned policy data: the R5 tier thresholds in force, for the registry's decisions. */
@Module({ providers: [TierPolicyService], exports: [TierPolicyService] })
export class PolicyModule {}
