import { Module } from '@nestjs/common';
import { PolicyRpcController } from './policy.rpc-controller';
import { PolicyStoreQueries } from './policy-store.queries';
import { PolicyStoreService } from './policy-store.service';
import { TierPolicyService } from './tier-policy.service';

/**
 * The policy store (issue #17): versioned policy documents changed four eyes and published to the
 * services that keep copies; and the R5 tier thresholds in force, for the registry's decisions.
 */
@Module({
  controllers: [PolicyRpcController],
  providers: [PolicyStoreService, PolicyStoreQueries, TierPolicyService],
  exports: [TierPolicyService],
})
export class PolicyModule {}
