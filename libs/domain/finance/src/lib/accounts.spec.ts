import fc from 'fast-check';
import {
  accountId,
  FUND_ACCOUNT_KINDS,
  parseAccountId,
  payeeAccountId,
  tryParseAccountId,
} from './accounts';
import { ALL_FUND_CODES, FUND_LABELS_ZH, FundCode, isFundCode } from './funds';

describe('rule R27: funds', () => {
  it('rule R27: the five funds of domain.md with their Chinese names', () => {
    expect(FUND_LABELS_ZH).toEqual({
      LOTTERY_WELFARE: '彩票公益金',
      GOVERNMENT_PURCHASE: '政府购买服务预算',
      INCUBATION: '孵化资金',
      VENTURE_PHILANTHROPY: '公益创投资金',
      SOCIAL_DONATIONS: '社会捐赠',
    });
    expect(ALL_FUND_CODES).toEqual(Object.keys(FUND_LABELS_ZH));
    expect(Object.isFrozen(FUND_LABELS_ZH)).toBe(true);
  });

  it.each([
    ['LOTTERY_WELFARE', true],
    ['SOCIAL_DONATIONS', true],
    ['lottery_welfare', false],
    ['PAYEE', false],
    ['', false],
    [undefined, false],
  ])('rule R27: isFundCode(%p) is %p', (value, expected) => {
    expect(isFundCode(value)).toBe(expected);
  });
});

describe('rule R27 / R3: account ids', () => {
  it.each([
    [FundCode.LOTTERY_WELFARE, 2026, 'COMMITTED', 'LOTTERY_WELFARE:2026:COMMITTED'],
    [FundCode.GOVERNMENT_PURCHASE, 2025, 'APPROPRIATION', 'GOVERNMENT_PURCHASE:2025:APPROPRIATION'],
    [FundCode.INCUBATION, 2027, 'AVAILABLE', 'INCUBATION:2027:AVAILABLE'],
    [FundCode.VENTURE_PHILANTHROPY, 2026, 'DISBURSED', 'VENTURE_PHILANTHROPY:2026:DISBURSED'],
  ] as const)('rule R27: accountId(%s, %d, %s) is %s', (fund, year, kind, id) => {
    expect(accountId({ fund, year, kind })).toBe(id);
    expect(parseAccountId(id)).toEqual({ fund, year, kind });
  });

  it.each([
    ['an unknown fund', { fund: 'PENSIONS', year: 2026, kind: 'AVAILABLE' }, 'unknown fund'],
    ['a fractional year', { fund: 'INCUBATION', year: 2026.5, kind: 'AVAILABLE' }, 'fiscal year'],
    ['a two-digit year', { fund: 'INCUBATION', year: 26, kind: 'AVAILABLE' }, 'fiscal year'],
    ['the PAYEE kind', { fund: 'INCUBATION', year: 2026, kind: 'PAYEE' }, 'account kind'],
  ])('rule R27: accountId refuses %s', (_name, account, message) => {
    expect(() => accountId(account as never)).toThrow(RangeError);
    expect(() => accountId(account as never)).toThrow(message);
  });

  it('rule R3: payee accounts are keyed by the organization the money is for', () => {
    expect(payeeAccountId('org-42')).toBe('PAYEE:org-42');
    expect(parseAccountId('PAYEE:org-42')).toEqual({ kind: 'PAYEE', payeeKey: 'org-42' });
    expect(parseAccountId('PAYEE:a:b')).toEqual({ kind: 'PAYEE', payeeKey: 'a:b' });
  });

  it.each(['', ' org', 'org '])('rule R3: payeeAccountId refuses %p', (key) => {
    expect(() => payeeAccountId(key)).toThrow(/rule R3/);
  });

  it.each([
    'LOTTERY_WELFARE:2026',
    'LOTTERY_WELFARE:2026:PAYEE',
    'LOTTERY_WELFARE:26:AVAILABLE',
    'PENSIONS:2026:AVAILABLE',
    'lottery_welfare:2026:available',
    'PAYEE:',
    'PAYEE: x',
    '',
  ])('rule R27: parseAccountId refuses %p', (id) => {
    expect(() => parseAccountId(id)).toThrow(/rule R27: .* is not a ledger account id/);
    expect(tryParseAccountId(id)).toBeUndefined();
  });

  it('rule R27: every fund account id parses back to what made it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_FUND_CODES),
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom(...FUND_ACCOUNT_KINDS),
        (fund, year, kind) => {
          expect(parseAccountId(accountId({ fund, year, kind }))).toEqual({ fund, year, kind });
        },
      ),
    );
  });
});
