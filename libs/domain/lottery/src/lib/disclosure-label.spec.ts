import { LOTTERY_FUNDED_LABEL } from './disclosure-label';

describe('rule R23: the funded-activity label', () => {
  it('rule R23: funded activities carry the label 彩票公益金资助', () => {
    expect(LOTTERY_FUNDED_LABEL).toBe('彩票公益金资助');
  });
});
