import {
  isLotteryPurpose,
  LOTTERY_PURPOSE_LABELS_EN,
  LOTTERY_PURPOSE_LABELS_ZH,
  LOTTERY_PURPOSES,
  LotteryPurpose,
} from './lottery-purpose';

describe('rule R20: lottery purposes', () => {
  it('rule R20: the four purposes are 扶老、助残、救孤、济困', () => {
    expect(LOTTERY_PURPOSES).toEqual(['ELDERLY', 'DISABILITY', 'ORPHANS', 'HARDSHIP']);
    expect(LOTTERY_PURPOSES.map((p) => LOTTERY_PURPOSE_LABELS_ZH[p])).toEqual([
      '扶老',
      '助残',
      '救孤',
      '济困',
    ]);
    expect(Object.keys(LOTTERY_PURPOSE_LABELS_EN).sort()).toEqual([...LOTTERY_PURPOSES].sort());
    expect(Object.isFrozen(LOTTERY_PURPOSE_LABELS_ZH)).toBe(true);
  });

  it.each(LOTTERY_PURPOSES)('rule R20: isLotteryPurpose accepts %s', (purpose) => {
    expect(isLotteryPurpose(purpose)).toBe(true);
  });

  it.each([['elderly'], ['扶老'], [''], [undefined], [null], [1], [{}], ['WOMEN']])(
    'rule R20: isLotteryPurpose refuses %p',
    (value) => {
      expect(isLotteryPurpose(value)).toBe(false);
    },
  );

  it('rule R20: the enum values are their own keys', () => {
    for (const [key, value] of Object.entries(LotteryPurpose)) expect(key).toBe(value);
  });
});
