import { Module } from '@nestjs/common';
import { DrawService } from './draw.service';
import { ReviewersService } from './reviewers.service';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsRpcController } from './reviews.rpc-controller';
import { ScoringService } from './scoring.service';

/** Review (R17, R18): the expert pool, the draw with its recusals, and the reviewers' scores. */
@Module({
  controllers: [ReviewsRpcController],
  providers: [ReviewersService, DrawService, ScoringService, ReviewsRepository],
})
export class ReviewsModule {}
