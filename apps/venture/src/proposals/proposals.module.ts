import { type DynamicModule, Module } from '@nestjs/common';
import type { VentureEnv } from '../venture.env';
import { ProposalContactUnmaskService } from './contact-unmask.service';
import { ProposalsQueries } from './proposals.queries';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsRpcController } from './proposals.rpc-controller';
import { ProposalsService } from './proposals.service';
import { PROPOSAL_BATCHING, ProposalSubmitter } from './proposal-submitter';

/**
 * Proposals (R17): an organization's drafts, submitted before the call's deadline, reads, and the
 * audited unmasking of their phone and payee account (R30, R31).
 */
@Module({})
export class ProposalsModule {
  static forRoot(env: VentureEnv): DynamicModule {
    return {
      module: ProposalsModule,
      controllers: [ProposalsRpcController],
      providers: [
        ProposalsService,
        ProposalSubmitter,
        {
          provide: PROPOSAL_BATCHING,
          useValue: {
            maxBatch: env.SUBMISSION_BATCH_SIZE,
            maxParallel: env.SUBMISSION_BATCHES_AT_ONCE,
          },
        },
        ProposalsQueries,
        ProposalsRepository,
        ProposalContactUnmaskService,
      ],
    };
  }
}
