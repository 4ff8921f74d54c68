import { UNKNOWN_STREET_CODE } from '@civic/domain/dashboards';
import type { PaymentStatus } from '@civic/domain/finance';
import { defineTally, type TallyKey, type TallyMeasures } from '@civic/platform/tallies';
import type { Commitment } from '../commitments/entities/commitment.entity';

/** The recipients' facts the shares are of (R10, R12, R14, R20/R21), each a measure prefix. */
export const SHARE_FACTS = [
  'rural',
  'public_welfare',
  'government_functions',
  'party_led',
  'welfare_use',
  'eldercare',
] as const;
export type ShareFact = (typeof SHARE_FACTS)[number];

type ShareMeasure = `${ShareFact}_${'committed' | 'paid'}_fen`;
export type FundingMeasure =
  | 'commitments'
  | 'committed_fen'
  | 'awaiting_batch_fen'
  | 'in_batch_fen'
  | 'paid_fen'
  | 'failed_fen'
  | 'released_fen'
  | 'clawed_back_fen'
  | 'recovered_fen'
  | ShareMeasure;

/** The funding tally's columns (funding-tally.entity.ts), as the tally helper writes them. */
export const FUNDING_TALLY = defineTally({
  table: 'finance.funding_tally',
  dims: { street_code: 'text', fiscal_year: 'int', programme: 'text', fund: 'text' },
  measures: [
    'commitments',
    'committed_fen',
    'awaiting_batch_fen',
    'in_batch_fen',
    'paid_fen',
    'failed_fen',
    'released_fen',
    'clawed_back_fen',
    'recovered_fen',
    ...SHARE_FACTS.map((f) => `${f}_committed_fen` as const),
    ...SHARE_FACTS.map((f) => `${f}_paid_fen` as const),
  ] as FundingMeasure[],
});

export type FundingKey = TallyKey<typeof FUNDING_TALLY.dims>;
export type FundingMeasures = TallyMeasures<FundingMeasure>;

/** Where a commitment's money is counted, and which shares it is part of. */
export interface CommitmentFacts {
  key: FundingKey;
  shares: Readonly<Record<ShareFact, boolean>>;
}

type RecipientColumns = Pick<
  Commitment,
  | 'fiscalYear'
  | 'programme'
  | 'fund'
  | 'recipientStreetCode'
  | 'recipientAreaType'
  | 'recipientCategory'
  | 'recipientPartyLed'
  | 'recipientTakesGovernmentFunctions'
  | 'recipientPurpose'
>;

/** A commitment's facts from its row: an unknown recipient counts under UNKNOWN_STREET_CODE. */
export function factsOf(c: RecipientColumns): CommitmentFacts {
  return {
    key: {
      street_code: c.recipientStreetCode ?? UNKNOWN_STREET_CODE,
      fiscal_year: c.fiscalYear,
      programme: c.programme,
      fund: c.fund,
    },
    shares: {
      rural: c.recipientAreaType === 'RURAL',
      public_welfare: c.recipientCategory === 'PUBLIC_WELFARE',
      government_functions: c.recipientTakesGovernmentFunctions === true,
      party_led: c.recipientPartyLed === true,
      welfare_use: c.recipientPurpose !== null,
      eldercare: c.recipientPurpose === 'ELDERLY',
    },
  };
}

/** `fen` added to each share of `stage` the recipient is part of. */
function shareMeasures(facts: CommitmentFacts, stage: 'committed' | 'paid', fen: number) {
  const measures: FundingMeasures = {};
  for (const fact of SHARE_FACTS) if (facts.shares[fact]) measures[`${fact}_${stage}_fen`] = fen;
  return measures;
}

/** rule R27: a commitment accepted, its whole amount committed. */
export function acceptedMeasures(facts: CommitmentFacts, amountFen: number): FundingMeasures {
  return {
    commitments: 1,
    committed_fen: amountFen,
    ...shareMeasures(facts, 'committed', amountFen),
  };
}

/** rule R27: money released from a commitment: no longer part of the shares of what is committed. */
export function releasedMeasures(facts: CommitmentFacts, fen: number): FundingMeasures {
  return { released_fen: fen, ...shareMeasures(facts, 'committed', -fen) };
}

/**
 * rule R28: the measure a payment in `status` counts in: asked and awaiting a batch, in a batch
 * (awaiting its checker, to be sent, at the bank), paid, or failed while its commitment is open
 * (a closed one's failed money is released instead); refused and cancelled ones count nowhere.
 */
export function paymentBucket(
  status: PaymentStatus,
  commitmentOpen: boolean,
): FundingMeasure | null {
  switch (status) {
    case 'AWAITING_BATCH':
      return 'awaiting_batch_fen';
    case 'IN_BATCH':
    case 'PENDING':
    case 'SENT':
      return 'in_batch_fen';
    case 'SETTLED':
      return 'paid_fen';
    case 'FAILED':
      return commitmentOpen ? 'failed_fen' : null;
    default:
      return null;
  }
}

/** What a payment of `amountFen` in a bucket adds: paid money also to the paid shares. */
export function paymentMeasures(
  facts: CommitmentFacts,
  bucket: FundingMeasure | null,
  amountFen: number,
): FundingMeasures {
  if (!bucket) return {};
  return {
    [bucket]: amountFen,
    ...(bucket === 'paid_fen' ? shareMeasures(facts, 'paid', amountFen) : {}),
  };
}

/**
 * The GROUP BY of the raw rows the tally must equal (its migration backfilled from the same): the
 * consistency check of the tests, and the source to rebuild it from. Commitments add what they
 * committed and released, payments their bucket (paymentBucket), clawbacks what they claim and
 * recovered; each counted under its commitment's row.
 */
export const FUNDING_TALLY_SOURCE = `
  WITH c AS (
    SELECT id, status, amount_fen, released_fen,
           coalesce(recipient_street_code, '${UNKNOWN_STREET_CODE}') AS street_code,
           fiscal_year, programme, fund,
           coalesce(recipient_area_type = 'RURAL', false) AS rural,
           coalesce(recipient_category = 'PUBLIC_WELFARE', false) AS public_welfare,
           coalesce(recipient_takes_government_functions, false) AS government_functions,
           coalesce(recipient_party_led, false) AS party_led,
           recipient_purpose IS NOT NULL AS welfare_use,
           coalesce(recipient_purpose = 'ELDERLY', false) AS eldercare
      FROM "finance".commitment),
  moves AS (
    SELECT c.*, (c.status <> 'REFUSED')::int AS commitments,
           CASE WHEN c.status <> 'REFUSED' THEN c.amount_fen ELSE 0 END AS committed,
           CASE WHEN c.status <> 'REFUSED' THEN c.amount_fen - c.released_fen ELSE 0 END AS net,
           0 AS awaiting, 0 AS in_batch, 0 AS paid, 0 AS failed, c.released_fen AS released,
           0 AS clawed_back, 0 AS recovered
      FROM c
    UNION ALL
    SELECT c.*, 0, 0, 0,
           CASE WHEN p.status = 'AWAITING_BATCH' THEN p.amount_fen ELSE 0 END,
           CASE WHEN p.status IN ('IN_BATCH', 'PENDING', 'SENT') THEN p.amount_fen ELSE 0 END,
           CASE WHEN p.status = 'SETTLED' THEN p.amount_fen ELSE 0 END,
           CASE WHEN p.status = 'FAILED' AND c.status = 'ACCEPTED'
                 AND NOT EXISTS (SELECT 1 FROM "finance".payment r WHERE r.reissue_of = p.id)
                THEN p.amount_fen ELSE 0 END,
           0, 0, 0
      FROM "finance".payment p JOIN c ON c.id = p.commitment_id
    UNION ALL
    SELECT c.*, 0, 0, 0, 0, 0, 0, 0, 0,
           CASE WHEN k.status <> 'REFUSED' THEN k.amount_fen ELSE 0 END, k.recovered_fen
      FROM "finance".clawback k JOIN c ON c.id = k.commitment_id)
  SELECT street_code, fiscal_year, programme, fund,
         sum(commitments)::int AS commitments,
         sum(committed)::bigint AS committed_fen,
         sum(awaiting)::bigint AS awaiting_batch_fen,
         sum(in_batch)::bigint AS in_batch_fen,
         sum(paid)::bigint AS paid_fen,
         sum(failed)::bigint AS failed_fen,
         sum(released)::bigint AS released_fen,
         sum(clawed_back)::bigint AS clawed_back_fen,
         sum(recovered)::bigint AS recovered_fen,
${SHARE_FACTS.map((f) => `         sum(CASE WHEN ${f} THEN net ELSE 0 END)::bigint AS ${f}_committed_fen`).join(',\n')},
${SHARE_FACTS.map((f) => `         sum(CASE WHEN ${f} THEN paid ELSE 0 END)::bigint AS ${f}_paid_fen`).join(',\n')}
    FROM moves
   GROUP BY 1, 2, 3, 4`;
