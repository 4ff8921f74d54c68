import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from '../finance/programmes';

/**
 * What was decided about an organization's application, proposal, admission, bid or payment: a
 * closed list of codes, labelled in both languages where they are shown (the gateway's notices,
 * the admin UI). Never renamed: a new meaning is a new code.
 */
export const DECISION_OUTCOMES = [
  'APPROVED',
  'REJECTED',
  'AWARDED',
  'NOT_FUNDED',
  'ADMITTED',
  'WAITLISTED',
  'NOT_ADMITTED',
  'CONTRACT_AWARDED',
  'BID_NOT_SELECTED',
  'AWARD_REVOKED',
  'PAID',
  'PAYMENT_FAILED',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The kinds of record a decision is about. */
export const DECISION_SUBJECTS = [
  'subsidy-application',
  'proposal',
  'admission-application',
  'bid',
  'payment',
] as const;
export type DecisionSubject = (typeof DECISION_SUBJECTS)[number];

/** A short text in both languages (the project's name, a reason). */
export class DecisionTextV1 {
  @IsString()
  @Length(1, 200)
  zh: string;

  @IsString()
  @Length(1, 200)
  en: string;
}

/**
 * `<programme>.decision-made.v1` (issue #18): a programme decided something about an
 * organization (approved or rejected its application, awarded its proposal, admitted it, chose
 * another bid, paid it). Published by the programme that decides, through its outbox in the
 * transaction of the decision, so the decision and its message commit together; the gateway
 * tells the users bound to the organization. One payload class under each programme's own name,
 * so that each producer owns its name (architecture.md: a service publishes only its own events).
 */
export class DecisionMadeV1 {
  /**
   * The decision's business key, e.g. `lottery-fund:subsidy-application:<id>:APPROVED`: the same
   * decision published twice is told once.
   */
  @IsString()
  @Length(3, 200)
  @Matches(/^[A-Za-z0-9:._-]+$/, {
    message: 'decisionId must be letters, digits, colon, dot, underscore or dash',
  })
  decisionId: string;

  @IsUUID()
  organizationId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsIn(DECISION_SUBJECTS)
  subjectType: DecisionSubject;

  @IsUUID()
  subjectId: string;

  @IsIn(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  /** What it is about, as the organization knows it: the project's, cohort's or purchase's name. */
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionTextV1)
  title: DecisionTextV1;

  /** Integer fen (rule R26): the amount awarded, approved or paid, when there is one. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen?: number;

  /** Why, when the decision says so in both languages (a bank's reason for a failed payment). */
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionTextV1)
  reason?: DecisionTextV1;

  @IsISO8601()
  decidedAt: string;

  /** Where the organization's user reads the record in the admin UI: a path, e.g. `/lottery/applications`. */
  @Matches(/^\/[A-Za-z0-9/_.?=&-]{0,199}$/, {
    message: 'link must be a path of the admin UI, starting with /',
  })
  link: string;
}

/**
 * Each programme's own name for its decisions, registered in MESSAGE_PAYLOADS and taken by the
 * gateway's inbox. A programme added later (tools/generators/programme) adds its own here; until
 * then the programme kit tells of none of its payments.
 */
export const DECISION_MESSAGES = {
  'lottery-fund': 'lottery-fund.decision-made.v1',
  venture: 'venture.decision-made.v1',
  incubation: 'incubation.decision-made.v1',
  procurement: 'procurement.decision-made.v1',
} as const satisfies Partial<Record<ProgrammeName, `${ProgrammeName}.decision-made.v1`>>;
export type DecisionMessageName = (typeof DECISION_MESSAGES)[keyof typeof DECISION_MESSAGES];
