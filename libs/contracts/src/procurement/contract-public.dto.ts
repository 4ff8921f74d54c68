import {
  CONTRACT_STATUSES,
  type ContractStatus,
  EVALUATION_DECISIONS,
  EVALUATION_KINDS,
  EVALUATOR_KINDS,
  type EvaluationDecision,
  type EvaluationKind,
  type EvaluatorKind,
  INSTALMENT_RELEASES,
  INSTALMENT_TRIGGERS,
  type InstalmentRelease,
  type InstalmentTrigger,
  UNDERTAKER_KINDS,
  type UndertakerKind,
} from '@civic/domain/procurement';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IndicatorScoreView, PerformanceIndicatorView } from './contract.dto';

// Purchase contracts as the public reads them (R25, Order 102 art. 23): no account, no personal
// data, no reports (R30).

/** An instalment as the public reads it: how much, what releases it, whether it was paid. */
export class PublicContractInstalmentView {
  @ApiProperty() key: string;
  @ApiProperty({ enum: INSTALMENT_TRIGGERS, enumName: 'InstalmentTrigger' })
  trigger: InstalmentTrigger;
  @ApiProperty() scheduledFen: number;
  @ApiProperty() amountFen: number;
  @ApiProperty({ enum: INSTALMENT_RELEASES, enumName: 'InstalmentRelease' })
  release: InstalmentRelease;
  @ApiProperty() paid: boolean;
}

export class PublicContractYearView {
  @ApiProperty() year: number;
  @ApiProperty() fiscalYear: number;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() amountFen: number;
  @ApiProperty({ description: 'Renewed against its budget year' }) renewed: boolean;
  @ApiProperty({ type: [PublicContractInstalmentView] })
  instalments: PublicContractInstalmentView[];
}

/** An evaluation's result as published: the scores and what they decided, not the reviewers. */
export class PublicContractEvaluationView {
  @ApiProperty() year: number;
  @ApiProperty({ enum: EVALUATION_KINDS, enumName: 'ContractEvaluationKind' })
  kind: EvaluationKind;
  @ApiProperty({ enum: EVALUATOR_KINDS, enumName: 'ContractEvaluatorKind' })
  evaluator: EvaluatorKind;
  @ApiPropertyOptional({ description: 'The third party that evaluated' })
  evaluatorName?: string;
  @ApiProperty({ type: [IndicatorScoreView] }) scores: IndicatorScoreView[];
  @ApiProperty() totalScore: number;
  @ApiProperty() passed: boolean;
  @ApiPropertyOptional({ enum: EVALUATION_DECISIONS, enumName: 'ContractEvaluationDecision' })
  decision?: EvaluationDecision;
  @ApiProperty() policyVersion: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt: string;
}

/**
 * A contract as published (R25, Order 102 art. 23): parties, amount, term, schedule, indicators and
 * evaluation results; no account, no personal data (R30).
 */
export class PublicContractView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() catalogueItemName: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() fiscalYear: number;
  @ApiProperty() undertakerName: string;
  @ApiProperty({ enum: UNDERTAKER_KINDS, enumName: 'UndertakerKind' })
  undertakerKind: UndertakerKind;
  @ApiProperty() amountFen: number;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty() months: number;
  @ApiProperty({ type: [PerformanceIndicatorView] }) indicators: PerformanceIndicatorView[];
  @ApiProperty({ enum: CONTRACT_STATUSES, enumName: 'ContractStatus' }) status: ContractStatus;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: [PublicContractYearView] }) years: PublicContractYearView[];
  @ApiProperty({ type: [PublicContractEvaluationView] })
  evaluations: PublicContractEvaluationView[];
}

export class PublicContractPage {
  @ApiProperty({ type: [PublicContractView] }) items: PublicContractView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
