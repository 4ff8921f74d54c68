import BANK_FILE from './banks.zh-CN.json';
import { bankByCode, BANKS, isKnownBankCode } from './banks';

describe('rule R28: banks (CNAPS bank category codes)', () => {
  it('names its source, the People’s Bank of China CNAPS code list', () => {
    expect(BANK_FILE.source).toMatch(/中国人民银行/);
    expect(BANK_FILE.source).toMatch(/CNAPS/);
  });

  it('lists each bank once, with a 3-digit code and both names', () => {
    expect(BANKS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BANKS.map((b) => b.code)).size).toBe(BANKS.length);
    for (const bank of BANKS) {
      expect(bank.code).toMatch(/^\d{3}$/);
      expect(bank.name).toMatch(/[\u4e00-\u9fff]/);
      expect(bank.nameEn.length).toBeGreaterThan(3);
    }
  });

  it.each([
    ['102', '中国工商银行'],
    ['103', '中国农业银行'],
    ['104', '中国银行'],
    ['105', '中国建设银行'],
    ['301', '交通银行'],
    ['313', '城市商业银行'],
    ['314', '农村商业银行'],
    ['402', '农村信用合作社'],
    ['403', '中国邮政储蓄银行'],
  ])('knows %s as %s', (code, name) => {
    expect(bankByCode(code)?.name).toBe(name);
    expect(isKnownBankCode(code)).toBe(true);
  });

  it.each([['999'], ['001'], ['10'], ['1020'], [' 102'], [102], [null], ['中国工商银行']])(
    'refuses %p, which is no bank on the list',
    (code) => {
      expect(isKnownBankCode(code)).toBe(false);
      expect(bankByCode(code)).toBeUndefined();
    },
  );

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(BANKS)).toBe(true);
    expect(Object.isFrozen(BANKS[0])).toBe(true);
  });
});
