import { labelTrancheReference, trancheReference } from './tranche-reference';

describe('rule R19: a tranche payment purpose reads in labels, not codes (issue #18)', () => {
  it('rule R19: names the default tranches in Chinese', () => {
    expect(trancheReference({ key: 'SIGNING', percent: 50 }, '“邻里守望”独居老人互助计划')).toBe(
      '公益创投资助（签约 50%）：“邻里守望”独居老人互助计划',
    );
    expect(trancheReference({ key: 'MID_TERM', percent: 30 }, '项目')).toBe(
      '公益创投资助（中期 30%）：项目',
    );
    expect(trancheReference({ key: 'FINAL', percent: 20 }, '项目')).toBe(
      '公益创投资助（结项 20%）：项目',
    );
  });

  it("rule R19: a plan's own key, which has no label, stays as it is", () => {
    expect(trancheReference({ key: 'SECOND_VISIT', percent: 10 }, '项目')).toBe(
      '公益创投资助（SECOND_VISIT 10%）：项目',
    );
  });

  it('rule R19: relabels a purpose written with a code, and leaves any other text alone', () => {
    expect(labelTrancheReference('公益创投资助（SIGNING 50%）：“邻里守望”')).toBe(
      '公益创投资助（签约 50%）：“邻里守望”',
    );
    expect(labelTrancheReference('公益创投资助（签约 50%）：项目')).toBe(
      '公益创投资助（签约 50%）：项目',
    );
    expect(labelTrancheReference('公益创投资助（OTHER 5%）：项目')).toBe(
      '公益创投资助（OTHER 5%）：项目',
    );
    expect(labelTrancheReference('彩票公益金资助：SIGNING 50%')).toBe(
      '彩票公益金资助：SIGNING 50%',
    );
  });
});
