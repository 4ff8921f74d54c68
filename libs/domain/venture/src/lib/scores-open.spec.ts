import { scoresOpen } from './scores-open';

describe('rule R19: scoresOpen', () => {
  it('rule R19: scores may change while no award of the call is made', () => {
    expect(scoresOpen({ awardsBegun: false })).toEqual({ ok: true });
  });

  it('rule R19: once awards begin the scores are final, with the reason in both languages', () => {
    expect(scoresOpen({ awardsBegun: true })).toEqual({
      ok: false,
      reason: 'AWARDS_BEGUN',
      message: 'rule R19: scores are final once awards begin',
      messageZh: '规则 R19：资助决定开始后评分不能再修改',
    });
  });
});
