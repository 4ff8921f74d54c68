import { DEFAULT_BANNED_USE_POLICY } from './banned-use-policy';
import { findBannedKeyword, normalizeText } from './keyword-match';

const find = (text: string) =>
  findBannedKeyword(
    text,
    DEFAULT_BANNED_USE_POLICY.keywords,
    DEFAULT_BANNED_USE_POLICY.allowedPhrases,
  );

describe('rule R22: finding banned-use keywords', () => {
  it.each([
    ['ＳＡＬＡＲＹ  Costs', 'salary costs'],
    ['Non-Profit', 'non profit'],
    ['for_profit — ops', 'for profit ops'],
    ['\t办公用品（办公室）\n', '办公用品(办公室)'],
  ])('rule R22: normalizeText(%p) is %p', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });

  it('rule R22: the longest keyword wins, so 绩效工资 is a bonus and not plain pay', () => {
    expect(find('发放绩效工资')).toEqual({ bannedUse: 'PERSONAL_BONUS', keyword: '绩效工资' });
    expect(find('发放工资')).toEqual({ bannedUse: 'STAFF_PAY', keyword: '工资' });
    expect(find('经营性投资')).toEqual({ bannedUse: 'EQUITY_INVESTMENT', keyword: '经营性投资' });
  });

  it('rule R22: of keywords of one length, the earliest in the text wins', () => {
    expect(find('车辆及招待')).toEqual({ bannedUse: 'VEHICLES', keyword: '车辆' });
    expect(find('招待及车辆')).toEqual({ bannedUse: 'HOSPITALITY', keyword: '招待' });
  });

  it('rule R22: Latin keywords match whole words only', () => {
    expect(find('we invest in a fund')).toEqual({
      bannedUse: 'EQUITY_INVESTMENT',
      keyword: 'invest',
    });
    expect(find('investigation of needs')).toBeNull();
    expect(find('bonuses for staff')).toEqual({ bannedUse: 'PERSONAL_BONUS', keyword: 'bonuses' });
    expect(find('refuel')).toBeNull();
    expect(find('fuel')).toEqual({ bannedUse: 'VEHICLES', keyword: 'fuel' });
    expect(find('工资salary')).toMatchObject({ bannedUse: 'STAFF_PAY' });
  });

  it('rule R22: allowed phrases are blanked out, but a keyword elsewhere in the text still counts', () => {
    expect(find('非营利组织能力建设')).toBeNull();
    expect(find('non-profit capacity building')).toBeNull();
    expect(find('农民工拖欠工资法律援助')).toBeNull();
    expect(find('非营利组织的经营收入分成')).toEqual({
      bannedUse: 'PROFIT_MAKING',
      keyword: '经营收入',
    });
    expect(find('工资维权宣传及工作人员工资')).toEqual({ bannedUse: 'STAFF_PAY', keyword: '工资' });
  });

  it('rule R22: blanking a phrase never joins its neighbours into a keyword', () => {
    const keywords = { ...DEFAULT_BANNED_USE_POLICY.keywords, OUT_OF_SCOPE: ['甲乙'] };
    expect(findBannedKeyword('甲非营利乙', keywords, ['非营利'])).toBeNull();
    expect(findBannedKeyword('甲乙', keywords, ['非营利'])).toEqual({
      bannedUse: 'OUT_OF_SCOPE',
      keyword: '甲乙',
    });
  });

  it('rule R22: keyword lists that can still change are read afresh on every call', () => {
    const keywords = structuredClone(DEFAULT_BANNED_USE_POLICY.keywords) as Record<
      keyof typeof DEFAULT_BANNED_USE_POLICY.keywords,
      string[]
    >;
    const phrases = [...DEFAULT_BANNED_USE_POLICY.allowedPhrases];
    expect(findBannedKeyword('社区议事厅', keywords, phrases)).toBeNull();
    keywords.OUT_OF_SCOPE.push('议事厅');
    expect(findBannedKeyword('社区议事厅', keywords, phrases)).toEqual({
      bannedUse: 'OUT_OF_SCOPE',
      keyword: '议事厅',
    });
    phrases.push('社区议事厅');
    expect(findBannedKeyword('社区议事厅', keywords, phrases)).toBeNull();
    const shallow = Object.freeze({ ...keywords, OUT_OF_SCOPE: [] as string[] });
    expect(findBannedKeyword('社区议事厅', shallow, [])).toBeNull();
    shallow.OUT_OF_SCOPE.push('议事厅');
    expect(findBannedKeyword('社区议事厅', shallow, [])).toMatchObject({ keyword: '议事厅' });
  });

  it('rule R22: the default policy gives the same answers call after call', () => {
    for (let i = 0; i < 3; i++) {
      expect(find('发放绩效工资')).toEqual({ bannedUse: 'PERSONAL_BONUS', keyword: '绩效工资' });
      expect(find('非营利组织能力建设')).toBeNull();
    }
  });
});
