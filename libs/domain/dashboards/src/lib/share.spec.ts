import { shareAgainst, shareOf } from './share';

describe('shares as the dashboards show them (rules R10, R12, R14, R21)', () => {
  it('rule R21: 13,345 fen of 5,000,000 fen is 0.3 %, not 0 % (issue #18)', () => {
    expect(shareOf(13_345, 5_000_000)).toEqual({
      part: 13_345,
      whole: 5_000_000,
      percent: 0.3,
      text: '0.3%',
    });
  });

  it('rule R10: a part above zero that rounds to 0.0 % shows as "<0.1%", never "0%"', () => {
    expect(shareOf(1, 5_000_000)).toMatchObject({ percent: 0.1, text: '<0.1%' });
    expect(shareOf(2_499, 5_000_000)).toMatchObject({ percent: 0.1, text: '<0.1%' }); // 0.04998 %
    expect(shareOf(2_500, 5_000_000)).toMatchObject({ percent: 0.1, text: '0.1%' }); // 0.05 % rounds up
  });

  it('rule R10: a part below the whole that rounds to 100.0 % shows as ">99.9%", never "100%"', () => {
    expect(shareOf(4_999_999, 5_000_000)).toMatchObject({ percent: 99.9, text: '>99.9%' });
    expect(shareOf(5_000_000, 5_000_000)).toMatchObject({ percent: 100, text: '100%' });
  });

  it('rule R10: rounds half up to one decimal, and shows whole percents without a decimal', () => {
    expect(shareOf(1, 3)).toMatchObject({ percent: 33.3, text: '33.3%' });
    expect(shareOf(2, 3)).toMatchObject({ percent: 66.7, text: '66.7%' });
    expect(shareOf(1, 8)).toMatchObject({ percent: 12.5, text: '12.5%' });
    expect(shareOf(1, 2000)).toMatchObject({ percent: 0.1, text: '0.1%' }); // 0.05 → 0.1
    expect(shareOf(3, 10)).toMatchObject({ percent: 30, text: '30%' });
    expect(shareOf(0, 10)).toMatchObject({ percent: 0, text: '0%' });
  });

  it('rule R10: without a whole there is no share: null and a dash, not 0 %', () => {
    expect(shareOf(0, 0)).toEqual({ part: 0, whole: 0, percent: null, text: '—' });
  });

  it('rule R26: exact on fen totals beyond 2^53 / 2000 (bigint inside)', () => {
    const whole = 9_000_000_000_000_000; // 90 trillion yuan in fen, still a safe integer
    expect(shareOf(whole / 3, whole)).toMatchObject({ percent: 33.3 });
    expect(shareOf(whole - 1, whole)).toMatchObject({ text: '>99.9%' });
  });

  it.each([
    [-1, 10, /part must be a whole number/],
    [1.5, 10, /part must be a whole number/],
    [1, -10, /whole must be a whole number/],
    [11, 10, /must not exceed the whole/],
  ])('refuses part %p of %p, naming the field', (part, whole, message) => {
    expect(() => shareOf(part, whole)).toThrow(message);
  });

  it('rule R14: the rural share is held against the 30 % reserve exactly', () => {
    expect(shareAgainst(3, 10, 30)).toMatchObject({ percent: 30, targetPercent: 30, met: true });
    expect(shareAgainst(2_999_999, 10_000_000, 30)).toMatchObject({
      percent: 30, // shown rounded …
      met: false, // … but 29.99999 % is below the floor
    });
  });

  it('rule R21: the eldercare share against its 55 % floor; no whole, no verdict', () => {
    expect(shareAgainst(550, 1000, 55)).toMatchObject({ met: true, text: '55%' });
    expect(shareAgainst(549, 1000, 55)).toMatchObject({ met: false, text: '54.9%' });
    expect(shareAgainst(0, 0, 55)).toMatchObject({ met: null, percent: null });
  });

  it.each([-1, 100.1, 12.34, Number.NaN])('refuses a target of %p percent', (target) => {
    expect(() => shareAgainst(1, 2, target)).toThrow(/targetPercent must be 0–100/);
  });
});
