import { balancesOf, disbursedByPayee, fundPosition } from './balances';
import { FundCode } from './funds';
import {
  appropriate,
  clawback,
  commit,
  releaseCommitment,
  settlePayment,
} from './posting-builders';

const L = FundCode.LOTTERY_WELFARE;
const V = FundCode.VENTURE_PHILANTHROPY;
const org = (organizationId: string) => ({
  organizationId,
  paidTo: { kind: 'ORGANIZATION' } as const,
});

const ledger = [
  appropriate(L, 2026, 1_000_000),
  commit(L, 2026, 600_000),
  settlePayment(L, 2026, 300_000, org('org-1')),
  releaseCommitment(L, 2026, 100_000),
  clawback(L, 2026, 50_000),
  appropriate(V, 2026, 200_000),
  commit(V, 2026, 200_000),
  settlePayment(V, 2026, 200_000, org('org-1')),
  appropriate(L, 2027, 10),
];

describe('rule R27 / R28: balances and fund positions', () => {
  it('rule R28: balancesOf sums each account, keys sorted', () => {
    expect([...balancesOf(ledger)]).toEqual([
      ['LOTTERY_WELFARE:2026:APPROPRIATION', -1_000_000],
      ['LOTTERY_WELFARE:2026:AVAILABLE', 550_000],
      ['LOTTERY_WELFARE:2026:COMMITTED', 200_000],
      ['LOTTERY_WELFARE:2026:DISBURSED', 250_000],
      ['LOTTERY_WELFARE:2027:APPROPRIATION', -10],
      ['LOTTERY_WELFARE:2027:AVAILABLE', 10],
      ['VENTURE_PHILANTHROPY:2026:APPROPRIATION', -200_000],
      ['VENTURE_PHILANTHROPY:2026:AVAILABLE', 0],
      ['VENTURE_PHILANTHROPY:2026:COMMITTED', 0],
      ['VENTURE_PHILANTHROPY:2026:DISBURSED', 200_000],
    ]);
  });

  it.each([
    [
      L,
      2026,
      {
        appropriatedFen: 1_000_000,
        availableFen: 550_000,
        committedFen: 200_000,
        disbursedFen: 250_000,
      },
    ],
    [
      V,
      2026,
      { appropriatedFen: 200_000, availableFen: 0, committedFen: 0, disbursedFen: 200_000 },
    ],
    [L, 2027, { appropriatedFen: 10, availableFen: 10, committedFen: 0, disbursedFen: 0 }],
    [
      FundCode.INCUBATION,
      2026,
      { appropriatedFen: 0, availableFen: 0, committedFen: 0, disbursedFen: 0 },
    ],
  ])('rule R27: fundPosition(%s, %d)', (fund, year, expected) => {
    const position = fundPosition(balancesOf(ledger), fund, year);
    expect(position).toEqual(expected);
    expect(Object.is(position.appropriatedFen, -0)).toBe(false);
    expect(position.appropriatedFen).toBe(
      position.availableFen + position.committedFen + position.disbursedFen,
    );
  });

  it('rule R28: an empty ledger has no balances', () => {
    expect(balancesOf([])).toEqual(new Map());
  });

  it('rule R26: balancesOf refuses a total beyond the safe range', () => {
    const big = appropriate(L, 2026, Number.MAX_SAFE_INTEGER);
    expect(() => balancesOf([big, big])).toThrow(/rule R26: the balance of .* is outside/);
  });

  it('rule R3: disbursedByPayee totals settlements per organization', () => {
    const custodied = {
      organizationId: 'org-2',
      paidTo: { kind: 'CUSTODIAN', custodianName: 'C', accountName: 'A' } as const,
    };
    expect(
      disbursedByPayee([...ledger, appropriate(L, 2028, 5), settlePayment(L, 2028, 5, custodied)]),
    ).toEqual(
      new Map([
        ['PAYEE:org-1', 500_000],
        ['PAYEE:org-2', 5],
      ]),
    );
  });
});
