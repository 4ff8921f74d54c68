import fc from 'fast-check';
import { balancesOf, FundPosition, fundPosition } from './balances';
import {
  BudgetCheck,
  checkClawback,
  checkCommitment,
  checkDisbursement,
  checkRelease,
} from './budget-checks';
import { FundCode } from './funds';
import { Posting, validatePosting } from './posting';
import {
  appropriate,
  clawback,
  commit,
  releaseCommitment,
  settlePayment,
} from './posting-builders';

/*
 * A random sequence of operations on a few fund-years; each is applied only when its rule check
 * passes, as the finance service does. The accounting identity of a fund-year:
 *   appropriated = available + committed + (settled − clawed back)
 * where settled − clawed back is the DISBURSED balance (fundPosition.disbursedFen).
 */
type OpType = 'appropriate' | 'commit' | 'release' | 'settle' | 'clawback';
interface Op {
  type: OpType;
  fund: FundCode;
  year: number;
  amount: number;
}
/** An operation whose amount may be a share (‰, up to 120 %) of what its check would allow. */
interface OpSpec extends Omit<Op, 'amount'> {
  amount: { fen: number } | { permille: number };
}
interface Tally {
  appropriated: number;
  committedEver: number;
  released: number;
  settled: number;
  clawedBack: number;
}

const TYPES: OpType[] = ['appropriate', 'commit', 'release', 'settle', 'clawback'];
const FUNDS = [FundCode.LOTTERY_WELFARE, FundCode.VENTURE_PHILANTHROPY] as const;
const YEARS = [2026, 2027] as const;
const FUND_YEARS = FUNDS.flatMap((fund) => YEARS.map((year) => ({ fund, year })));
const key = (fund: FundCode, year: number) => `${fund}:${year}`;

// Mostly one fund-year, so that sequences build up commitments, payments and clawbacks.
const mostly = <T>(usual: T, rare: T) =>
  fc.oneof(
    { arbitrary: fc.constant(usual), weight: 4 },
    { arbitrary: fc.constant(rare), weight: 1 },
  );
const opArb: fc.Arbitrary<OpSpec> = fc.record({
  type: fc.constantFrom(...TYPES),
  fund: mostly(FUNDS[0], FUNDS[1]),
  year: mostly(YEARS[0], YEARS[1]),
  amount: fc.oneof(
    fc.record({ fen: fc.integer({ min: 1, max: 1_000 }) }),
    fc.record({ fen: fc.integer({ min: 1, max: 100_000_000 }) }),
    { arbitrary: fc.record({ permille: fc.integer({ min: 0, max: 1_200 }) }), weight: 3 },
    fc.record({ permille: fc.constantFrom(1_000, 1_001) }),
  ),
});
const opsArb = fc.array(opArb, { maxLength: 60, size: 'max' });

/** What the operation's check measures it against. */
function limitOf(type: OpType, p: FundPosition): number {
  if (type === 'commit') return p.availableFen;
  if (type === 'clawback') return p.disbursedFen;
  return type === 'appropriate' ? 1_000_000 : p.committedFen;
}

/** Fix a spec's amount against the current position (at least 1 fen, one more when 100.1 %). */
function resolve(spec: OpSpec, p: FundPosition): Op {
  const { amount } = spec;
  if ('fen' in amount) return { ...spec, amount: amount.fen };
  const limit = limitOf(spec.type, p);
  const fen = amount.permille === 1_001 ? limit + 1 : Math.floor((limit * amount.permille) / 1_000);
  return { ...spec, amount: Math.max(1, fen) };
}

const payee = { organizationId: 'org-1', paidTo: { kind: 'ORGANIZATION' } as const };

function build({ type, fund, year, amount }: Op): Posting {
  switch (type) {
    case 'appropriate':
      return appropriate(fund, year, amount);
    case 'commit':
      return commit(fund, year, amount);
    case 'release':
      return releaseCommitment(fund, year, amount);
    case 'settle':
      return settlePayment(fund, year, amount, payee);
    case 'clawback':
      return clawback(fund, year, amount);
  }
}

function check({ type, amount }: Op, p: FundPosition): BudgetCheck {
  switch (type) {
    case 'appropriate':
      return { ok: true };
    case 'commit':
      return checkCommitment(p, amount);
    case 'release':
      return checkRelease(p.committedFen, amount);
    case 'settle':
      return checkDisbursement(p.committedFen, amount);
    case 'clawback':
      return checkClawback(p.disbursedFen, amount);
  }
}

const TALLY_FIELD: Record<OpType, keyof Tally> = {
  appropriate: 'appropriated',
  commit: 'committedEver',
  release: 'released',
  settle: 'settled',
  clawback: 'clawedBack',
};

interface Rejected {
  op: Op;
  before: Posting[];
}

function run(
  specs: OpSpec[],
  each: (postings: Posting[], tallies: Map<string, Tally>) => void = () => {},
) {
  const postings: Posting[] = [];
  const tallies = new Map(
    FUND_YEARS.map(({ fund, year }) => [
      key(fund, year),
      { appropriated: 0, committedEver: 0, released: 0, settled: 0, clawedBack: 0 },
    ]),
  );
  const rejected: Rejected[] = [];
  const accepted: Op[] = [];
  for (const spec of specs) {
    const position = fundPosition(balancesOf(postings), spec.fund, spec.year);
    const op = resolve(spec, position);
    if (!check(op, position).ok) {
      rejected.push({ op, before: [...postings] });
      continue;
    }
    postings.push(build(op));
    tallies.get(key(op.fund, op.year))![TALLY_FIELD[op.type]] += op.amount;
    accepted.push(op);
    each(postings, tallies);
  }
  return { postings, tallies, rejected, accepted };
}

const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/** Every invariant the ledger breaks after the last posting (empty when it keeps them all). */
function broken(postings: Posting[], tallies: Map<string, Tally>): string[] {
  const problems: string[] = [];
  const fail = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  // (i) every posting validates (each is checked once, right after it is made)
  fail(validatePosting(postings[postings.length - 1]).length === 0, '(i) posting validates');
  // (ii) the ledger as a whole balances
  const balances = balancesOf(postings);
  fail(sum(balances.values()) === 0, '(ii) all balances sum to 0');
  for (const { fund, year } of FUND_YEARS) {
    const p = fundPosition(balances, fund, year);
    const t = tallies.get(key(fund, year))!;
    const at = `${fund}:${year}`;
    // (iii) the accounting identity, and nothing negative
    fail(p.appropriatedFen === t.appropriated, `(iii) ${at} appropriated = sum of appropriations`);
    fail(
      p.disbursedFen === t.settled - t.clawedBack,
      `(iii) ${at} disbursed = settled − clawed back`,
    );
    fail(
      p.appropriatedFen === p.availableFen + p.committedFen + t.settled - t.clawedBack,
      `(iii) ${at} appropriated = available + committed + settled − clawed back`,
    );
    fail(
      p.committedFen === t.committedEver - t.released - t.settled,
      `(iii) ${at} committed = committed ever − released − settled`,
    );
    fail(p.availableFen >= 0, `(iii) ${at} available ≥ 0`);
    fail(p.committedFen >= 0, `(iii) ${at} committed ≥ 0`);
    fail(p.disbursedFen >= 0, `(iii) ${at} disbursed ≥ 0`);
    // (iv) never more paid out than was ever committed (R27)
    fail(
      t.settled + t.released <= t.committedEver,
      `(iv) ${at} settled + released ≤ committed ever`,
    );
  }
  const all = [...tallies.values()];
  fail(
    sum(all.map((t) => t.settled)) <= sum(all.map((t) => t.committedEver)),
    '(iv) total settled ≤ total committed ever',
  );
  return problems;
}

const nonNegative = (p: FundPosition) =>
  p.appropriatedFen >= 0 && p.availableFen >= 0 && p.committedFen >= 0 && p.disbursedFen >= 0;

describe('rule R27 / R28: ledger properties over random operation sequences', () => {
  it('rule R27 / R28: after every accepted operation all postings validate, the ledger sums to 0, each fund-year satisfies its identity and nothing goes negative', () => {
    const accepted = new Map<OpType, number>();
    let rejected = 0;
    fc.assert(
      fc.property(opsArb, (ops) => {
        const result = run(ops, (postings, tallies) =>
          expect(broken(postings, tallies)).toEqual([]),
        );
        for (const op of result.accepted) accepted.set(op.type, (accepted.get(op.type) ?? 0) + 1);
        rejected += result.rejected.length;
      }),
    );
    // The runs exercise every operation, accepted and refused, not just empty ledgers.
    for (const type of TYPES) expect(accepted.get(type) ?? 0).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(20);
  });

  it('rule R28: balancesOf does not depend on the order of the postings', () => {
    fc.assert(
      fc.property(
        opsArb,
        fc.array(fc.double({ noNaN: true }), { minLength: 60, maxLength: 60 }),
        (ops, sortKeys) => {
          const { postings } = run(ops);
          const shuffled = postings
            .map((p, i) => ({ p, k: sortKeys[i], i }))
            .sort((a, b) => a.k - b.k || a.i - b.i)
            .map(({ p }) => p);
          expect([...balancesOf(shuffled)]).toEqual([...balancesOf(postings)]);
          expect([...balancesOf([...postings].reverse())]).toEqual([...balancesOf(postings)]);
        },
      ),
    );
  });

  it('rule R27: every rejected operation would have broken an invariant (the checks are not vacuous)', () => {
    let rejections = 0;
    fc.assert(
      fc.property(opsArb, (ops) => {
        for (const { op, before } of run(ops).rejected) {
          rejections += 1;
          const after = fundPosition(balancesOf([...before, build(op)]), op.fund, op.year);
          expect(nonNegative(after)).toBe(false);
        }
      }),
    );
    expect(rejections).toBeGreaterThan(0);
  });

  it('rule R27: a check passes exactly when the operation keeps the fund-year non-negative (not over-strict)', () => {
    const acceptedTypes = new Set<OpType>();
    fc.assert(
      fc.property(opsArb, opArb, (ops, probe) => {
        const { postings } = run(ops);
        const before = fundPosition(balancesOf(postings), probe.fund, probe.year);
        const op = resolve(probe, before);
        const after = fundPosition(balancesOf([...postings, build(op)]), op.fund, op.year);
        const ok = check(op, before).ok;
        expect(ok).toBe(nonNegative(after));
        if (ok) acceptedTypes.add(probe.type);
      }),
      { numRuns: 300 },
    );
    expect([...acceptedTypes].sort()).toEqual([
      'appropriate',
      'clawback',
      'commit',
      'release',
      'settle',
    ]);
  });

  it('rule R27: without the checks the invariants do break (they are not trivially true)', () => {
    const unchecked = fc.property(opsArb, (specs) => {
      const empty = fundPosition(new Map(), FundCode.INCUBATION, 2026);
      const balances = balancesOf(specs.map((spec) => build(resolve(spec, empty))));
      return FUND_YEARS.every(({ fund, year }) => nonNegative(fundPosition(balances, fund, year)));
    });
    expect(fc.check(unchecked, { seed: 2026 }).failed).toBe(true);
  });
});
