import {
  BID_STATUSES,
  type BidStatus,
  PROJECT_STATUSES,
  type ProjectStatus,
} from '@civic/domain/procurement';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PagedQuery } from '../common/page.query';
import { ANSWERS_API } from '../forms/form.dto';

/**
 * A bid (投标 / 响应文件) on an announced project (R25): its price within the project's budget and
 * the service proposal. An undertaker bids for its own listed directory entry; an officer records a
 * bid handed in on paper for the entry named.
 */
export class SubmitBidDto {
  @ApiProperty({
    description: 'Integer fen (R26), at most the project budget',
    example: 28_500_000,
  })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  priceFen: number;

  @ApiProperty({ example: '组建 6 人社工团队，每月两次入户探访，建立一人一档……' })
  @IsString()
  @Length(10, 5000)
  proposal: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Officers only: the directory entry whose paper bid is recorded',
  })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional(ANSWERS_API)
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

export class BidView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ enum: PROJECT_STATUSES, enumName: 'PurchaseProjectStatus' })
  projectStatus: ProjectStatus;
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty() undertakerName: string;
  @ApiProperty() undertakerKind: string;
  @ApiProperty() priceFen: number;
  @ApiProperty() proposal: string;
  @ApiProperty({ enum: BID_STATUSES, enumName: 'BidStatus' }) status: BidStatus;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Weighted total, two decimals' })
  totalScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank: number | null;
  @ApiProperty({
    ...ANSWERS_API,
    description: `${ANSWERS_API.description} Never public: the bidder, the buyer and the panel read them.`,
  })
  answers: Record<string, unknown>;
  @ApiProperty({
    description: "The version of the project's form the answers were given to; 0 without one",
  })
  formVersion: number;
}

export class BidsQuery extends PagedQuery {}

export class BidPage {
  @ApiProperty({ type: [BidView] }) items: BidView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
