import { assertDay } from '@civic/domain/calendar';
import {
  assertApplicant,
  assertConflictPolicy,
  assertRelations,
  clausesOf,
  ConflictApplicant,
  ConflictClause,
  ConflictPolicy,
  DEFAULT_CONFLICT_POLICY,
  DeclaredRelation,
  seededRandom,
} from '@civic/domain/conflicts';
import { PurchaseRefusal, refusal } from './purchase-policy';

/**
 * The smallest evaluation panel of the procurement law: three or more, an odd number
 * (政府采购法 art. 38 and 40; 财库〔2014〕214号 art. 7). Public tender asks five or more (财政部令第87号
 * art. 47): pass `minSize` from the purchase policy's `minPanel`. rule R18
 */
export const MIN_PANEL_SIZE = 3;

/** An expert of the pool (评审专家库) who may sit on an evaluation panel. rule R18 */
export interface PanelExpert {
  id: string;
  /** The fields the expert evaluates; one matching the project's field is preferred. */
  fields: readonly string[];
  /** The expert's declared ties (利害关系声明). */
  relations: readonly DeclaredRelation[];
  /** Inactive experts are never drawn. */
  active: boolean;
}

/** A bidder (投标人) of the purchase project: its id (bid or undertaker) and its people. rule R18 */
export interface PanelBidder {
  id: string;
  organization: ConflictApplicant;
}

/** The panel to draw for one purchase project (评审委员会). rule R18 */
export interface PanelDrawInput {
  pool: readonly PanelExpert[];
  /** Every bidder of the project: one panel evaluates all its bids. */
  bidders: readonly PanelBidder[];
  /** Experts to draw: an odd whole number, at least `minSize`. */
  size: number;
  /** Whole number from 0 to 2^32 − 1; the same seed draws the same panel. */
  seed: number;
  /** China calendar day number the conflicts are judged on. */
  today: number;
  /** The project's field: experts whose fields include it are drawn first. */
  field?: string;
  /** The law's smallest panel for the purchase method; default 3, never less. */
  minSize?: number;
  /** The versioned conflict policy (look-back years, generations); default 财库〔2016〕198号. */
  policy?: ConflictPolicy;
}

/** An expert who must step aside because of one bidder, with every clause that applies. rule R18 */
export interface PanelRecusal {
  expertId: string;
  bidderId: string;
  clauses: ConflictClause[];
}

/** Too few experts can be drawn: the caller refuses the draw (409). rule R18 */
export interface PanelShortfall extends PurchaseRefusal {
  /** Active experts free of conflict with every bidder. */
  available: number;
  needed: number;
  /** Experts with a conflict with at least one bidder (active or not). */
  recused: number;
  /** Inactive experts without a conflict. */
  inactive: number;
}

/** The drawn panel, every recusal, and a shortfall when the panel is incomplete. rule R18 */
export interface PanelDrawResult {
  /** Expert ids in id order: `size` of them, or every eligible expert when short. */
  members: string[];
  /** Every conflicted (expert, bidder) pair of the pool, by expert id then bidder id. */
  recusals: PanelRecusal[];
  shortfall?: PanelShortfall;
}

const ARTICLE = '财库〔2016〕198号 art. 16';
const ARTICLE_ZH = '财库〔2016〕198号第十六条';

/**
 * rule R18 (财库〔2016〕198号 art. 16): draw the evaluation panel (评审委员会) of a purchase
 * project from the expert pool. One panel evaluates every bid of the project, so an expert is
 * eligible only when active and free of conflict (conflictsOf) with EVERY bidder. Every
 * conflicted (expert, bidder) pair of the pool is returned as a recusal with its clauses, drawn
 * or not, active or not.
 *
 * `size` experts are drawn at random (seededRandom), those whose fields include `field` first.
 * Deterministic for a seed and independent of input order: pool and bidders are sorted by id
 * first and the generator is consumed once per eligible expert in id order. With fewer eligible
 * experts than `size`, `members` holds all of them and `shortfall` says why
 * (`RULE_R18_PANEL_SHORTFALL`); the caller refuses the draw.
 *
 * Throws a RangeError naming rule R18 for input that cannot be drawn: `size` not an odd whole
 * number of at least `minSize` (default and least 3), a bad seed, day, expert or bidder, or an id
 * that appears twice.
 */
export function drawPanel(input: PanelDrawInput): PanelDrawResult {
  const { pool, bidders, size, seed, today, field, policy } = checkPanelDrawInput(input);
  const random = seededRandom(seed);

  const recusals: PanelRecusal[] = [];
  for (const expert of pool) {
    for (const bidder of bidders) {
      const clauses = clausesOf(expert.relations, bidder.organization, today, policy);
      if (clauses.length > 0) recusals.push({ expertId: expert.id, bidderId: bidder.id, clauses });
    }
  }
  const recused = new Set(recusals.map((r) => r.expertId));
  const eligible = pool.filter((e) => e.active && !recused.has(e.id));

  const members = eligible
    .map((expert) => ({
      expert,
      outside: field !== undefined && expert.fields.includes(field) ? 0 : 1,
      key: random(),
    }))
    .sort((a, b) => a.outside - b.outside || a.key - b.key || compareIds(a.expert.id, b.expert.id))
    .slice(0, size)
    .map((c) => c.expert.id)
    .sort(compareIds);

  if (eligible.length >= size) return { members, recusals };
  const counts = {
    available: eligible.length,
    needed: size,
    recused: recused.size,
    inactive: pool.length - recused.size - eligible.length,
  };
  return { members, recusals, shortfall: { ...shortfallRefusal(counts), ...counts } };
}

function shortfallRefusal(c: {
  available: number;
  needed: number;
  recused: number;
  inactive: number;
}): PurchaseRefusal {
  const why: string[] = [];
  const whyZh: string[] = [];
  if (c.recused > 0) {
    why.push(`${c.recused} recused for conflicts of interest with a bidder (${ARTICLE})`);
    whyZh.push(`${c.recused} 名因与投标人存在利害关系回避（${ARTICLE_ZH}）`);
  }
  if (c.inactive > 0) {
    why.push(`${c.inactive} inactive`);
    whyZh.push(`${c.inactive} 名未启用`);
  }
  const reason = why.length === 0 ? '' : ` (${why.join(', ')})`;
  const reasonZh = whyZh.length === 0 ? '' : `（${whyZh.join('，')}）`;
  return refusal(
    'R18',
    'PANEL_SHORTFALL',
    'size',
    `the evaluation panel needs ${c.needed} experts but only ${c.available} can be drawn${reason}; add experts to the pool`,
    `评审委员会需要 ${c.needed} 名评审专家，仅能抽取 ${c.available} 名${reasonZh}，请补充专家库`,
  );
}

interface CheckedPanelDrawInput {
  /** Sorted by id. */
  pool: PanelExpert[];
  /** Sorted by id. */
  bidders: PanelBidder[];
  size: number;
  seed: number;
  today: number;
  field: string | undefined;
  policy: ConflictPolicy;
}

// rule R18: reject a draw that cannot be made, naming the field; sort pool and bidders by id.
function checkPanelDrawInput(input: PanelDrawInput): CheckedPanelDrawInput {
  if (!isRecord(input)) throw new RangeError('rule R18: the panel draw input must be an object');
  const { pool, bidders, size, seed, today, field, minSize = MIN_PANEL_SIZE } = input;
  const policy = input.policy ?? DEFAULT_CONFLICT_POLICY;
  assertConflictPolicy(policy);
  if (!isWhole(minSize) || minSize < MIN_PANEL_SIZE) {
    throw new RangeError(
      `rule R18: minSize must be a whole number of at least ${MIN_PANEL_SIZE}, got ${String(minSize)}`,
    );
  }
  if (!isWhole(size) || size < minSize || size % 2 === 0) {
    throw new RangeError(
      `rule R18: size must be an odd whole number of at least ${minSize} (the panel is three or more, an odd number: 三人以上单数), got ${String(size)}`,
    );
  }
  seededRandom(seed); // rule R18: a RangeError for a seed outside 0 … 2^32 − 1
  assertDay(today, 'today', 'R18');
  if (field !== undefined && typeof field !== 'string') {
    throw new RangeError('rule R18: field must be a string');
  }
  if (!Array.isArray(pool)) throw new RangeError('rule R18: pool must be an array');
  if (!Array.isArray(bidders)) throw new RangeError('rule R18: bidders must be an array');
  pool.forEach(assertExpert);
  bidders.forEach(assertBidder);
  assertUnique(
    pool.map((e) => e.id),
    'expert',
  );
  assertUnique(
    bidders.map((b) => b.id),
    'bidder',
  );
  return {
    pool: [...pool].sort((a, b) => compareIds(a.id, b.id)),
    bidders: [...bidders].sort((a, b) => compareIds(a.id, b.id)),
    size,
    seed,
    today,
    field,
    policy,
  };
}

function assertExpert(expert: PanelExpert, index: number): void {
  if (!isRecord(expert) || !isNonBlank(expert.id)) {
    throw new RangeError(`rule R18: pool.${index}.id must be a non-empty string`);
  }
  const at = `expert ${expert.id}`;
  if (!Array.isArray(expert.fields) || !expert.fields.every((f) => typeof f === 'string')) {
    throw new RangeError(`rule R18: fields of ${at} must be an array of strings`);
  }
  if (typeof expert.active !== 'boolean') {
    throw new RangeError(`rule R18: active of ${at} must be a boolean`);
  }
  assertRelations(expert.relations, `relations of ${at}`);
}

function assertBidder(bidder: PanelBidder, index: number): void {
  if (!isRecord(bidder) || !isNonBlank(bidder.id)) {
    throw new RangeError(`rule R18: bidders.${index}.id must be a non-empty string`);
  }
  assertApplicant(bidder.organization, `organization of bidder ${bidder.id}`);
}

function assertUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`rule R18: ${what} id ${id} appears more than once`);
    seen.add(id);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonBlank = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);
// Plain code-unit order, the same on every machine and locale.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
