import { serviceImports } from '@civic/platform/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { AwardsService } from './awards/awards.service';
import { CallsService } from './calls/calls.service';
import { VENTURE_DATABASE } from './database';
import { ProposalQueries } from './proposals/proposal-queries';
import { ProposalsService } from './proposals/proposals.service';
import { DrawService } from './reviews/draw.service';
import { ReviewersService } from './reviews/reviewers.service';
import { ScoringService } from './reviews/scoring.service';
import { VentureFundingModule } from './awards/venture-funding.module';
import type { VentureEnv } from './venture.env';
import { VentureHealthRpcController } from './venture-health.rpc-controller';
import { VentureInbox } from './venture.inbox';
import { VentureRpcController } from './venture.rpc-controller';

/** Venture philanthropy (R17–R19): calls, proposals, the reviewer pool and draw, scores, awards, tranches. */
@Module({})
export class AppModule {
  static forRoot(env: VentureEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('venture', env, VENTURE_DATABASE, {
          provider: VentureInbox,
          imports: [VentureFundingModule],
        }),
        VentureFundingModule,
      ],
      controllers: [VentureRpcController, VentureHealthRpcController],
      providers: [
        CallsService,
        ProposalsService,
        ProposalQueries,
        ReviewersService,
        DrawService,
        ScoringService,
        AwardsService,
      ],
    };
  }
}
