import { Module } from '@nestjs/common';
import { ProposalsQueries } from './proposals.queries';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsRpcController } from './proposals.rpc-controller';
import { ProposalsService } from './proposals.service';

/** Proposals (R17): an organization's drafts, submitted before the call's deadline, and reads. */
@Module({
  controllers: [ProposalsRpcController],
  providers: [ProposalsService, ProposalsQueries, ProposalsRepository],
})
export class ProposalsModule {}
