import { Module } from '@nestjs/common';
import { ProposalContactUnmaskService } from './contact-unmask.service';
import { ProposalsQueries } from './proposals.queries';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsRpcController } from './proposals.rpc-controller';
import { ProposalsService } from './proposals.service';

/**
 * Proposals (R17): an organization's drafts, submitted before the call's deadline, reads, and the
 * audited unmasking of their phone and payee account (R30, R31).
 */
@Module({
  controllers: [ProposalsRpcController],
  providers: [
    ProposalsService,
    ProposalsQueries,
    ProposalsRepository,
    ProposalContactUnmaskService,
  ],
})
export class ProposalsModule {}
