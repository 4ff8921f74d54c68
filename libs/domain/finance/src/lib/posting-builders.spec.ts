import { FundCode } from './funds';
import { Payee } from './payee';
import { validatePosting } from './posting';
import {
  appropriate,
  clawback,
  commit,
  releaseCommitment,
  settlePayment,
} from './posting-builders';

const F = FundCode.LOTTERY_WELFARE;
const id = (kind: string) => `LOTTERY_WELFARE:2026:${kind}`;
const toOrganization: Payee = { organizationId: 'org-1', paidTo: { kind: 'ORGANIZATION' } };
const toCustodian: Payee = {
  organizationId: 'org-2',
  paidTo: {
    kind: 'CUSTODIAN',
    custodianName: '青秀区社会组织服务中心',
    accountName: '服务中心托管户',
  },
};

describe('rule R27 / R28: posting builders', () => {
  it.each([
    [
      'rule R27: appropriate',
      appropriate(F, 2026, 100_000),
      'APPROPRIATION',
      'AVAILABLE',
      'APPROPRIATION',
    ],
    ['rule R27: commit', commit(F, 2026, 100_000), 'COMMITMENT', 'COMMITTED', 'AVAILABLE'],
    [
      'rule R27: releaseCommitment',
      releaseCommitment(F, 2026, 100_000),
      'RELEASE',
      'AVAILABLE',
      'COMMITTED',
    ],
    [
      'rule R28: settlePayment',
      settlePayment(F, 2026, 100_000, toOrganization),
      'SETTLEMENT',
      'DISBURSED',
      'COMMITTED',
    ],
    ['rule R27: clawback', clawback(F, 2026, 100_000), 'CLAWBACK', 'AVAILABLE', 'DISBURSED'],
  ])(
    '%s debits %s… and credits the other account, balanced',
    (_name, posting, kind, debit, credit) => {
      expect(posting.kind).toBe(kind);
      expect(posting.lines).toEqual([
        { account: id(debit), amountFen: 100_000 },
        { account: id(credit), amountFen: -100_000 },
      ]);
      expect(validatePosting(posting)).toEqual([]);
    },
  );

  const builders = [
    ['appropriate', (a: number) => appropriate(F, 2026, a)],
    ['commit', (a: number) => commit(F, 2026, a)],
    ['releaseCommitment', (a: number) => releaseCommitment(F, 2026, a)],
    ['settlePayment', (a: number) => settlePayment(F, 2026, a, toOrganization)],
    ['clawback', (a: number) => clawback(F, 2026, a)],
  ] as const;
  const badAmounts = [0, -1, 1.5, Number.NaN, Infinity, 2 ** 53, '100' as unknown as number];

  it.each(builders.flatMap(([name, build]) => badAmounts.map((a) => [name, a, build] as const)))(
    'rule R26 / R28: %s refuses amount %p with a RangeError naming the rule',
    (name, amount, build) => {
      expect(() => build(amount)).toThrow(RangeError);
      expect(() => build(amount)).toThrow(
        new RegExp(`^rule R26, rule R28: ${name} amountFen must be a positive safe integer`),
      );
    },
  );

  it('rule R28: the largest safe amount still balances', () => {
    expect(validatePosting(commit(F, 2026, Number.MAX_SAFE_INTEGER))).toEqual([]);
  });

  it.each([
    ['an unknown fund', () => commit('PENSIONS' as FundCode, 2026, 1), 'rule R27: unknown fund'],
    ['a bad year', () => commit(F, 26, 1), 'rule R27: fiscal year'],
  ])('rule R27: builders refuse %s', (_name, build, message) => {
    expect(build).toThrow(message);
  });

  it('rule R3: a settlement to the organization records who was paid', () => {
    const p = settlePayment(F, 2026, 5_000, toOrganization);
    expect(p.memo).toBe('paid to organization org-1');
    expect(p.payee).toEqual(toOrganization);
  });

  it('rule R3: a settlement to a custodian records that it was on behalf of the organization', () => {
    const p = settlePayment(F, 2026, 5_000, toCustodian);
    expect(p.memo).toBe(
      'paid to custodian 青秀区社会组织服务中心 (account 服务中心托管户) on behalf of organization org-2',
    );
    expect(p.payee).toEqual(toCustodian);
    expect(p.lines).toHaveLength(2);
  });

  it.each([
    ['no organization', { organizationId: '', paidTo: { kind: 'ORGANIZATION' } }],
    [
      'a custodian without a name',
      { organizationId: 'o', paidTo: { kind: 'CUSTODIAN', custodianName: ' ', accountName: 'x' } },
    ],
    ['an unknown kind', { organizationId: 'o', paidTo: { kind: 'BANK' } }],
  ])('rule R3: settlePayment refuses a payee with %s', (_name, payee) => {
    expect(() => settlePayment(F, 2026, 1, payee as Payee)).toThrow(/^rule R3: /);
  });
});
