import type { TimelinessHistograms } from '@civic/contracts';
import { mergedTimeliness } from './timeliness-merge';

const lottery: TimelinessHistograms = {
  programme: 'lottery-fund',
  years: [2026],
  buckets: [
    { areaCode: '4501', stage: 'DECISION', days: 2, count: 3 },
    { areaCode: '4502', stage: 'DECISION', days: 9, count: 1 },
    { areaCode: '0000', stage: 'DECISION', days: 30, count: 1 },
    { areaCode: '4501', stage: 'PAYMENT', days: 12, count: 2 },
  ],
};
const venture: TimelinessHistograms = {
  programme: 'venture',
  years: [2025, 2026],
  buckets: [{ areaCode: '4501', stage: 'DECISION', days: 4, count: 1 }],
};

describe('the timeliness dashboard merged from the programmes (issue #18)', () => {
  const view = mergedTimeliness([lottery, venture], {});

  it('rule R16: takes the median and p90 of the merged histogram, never an average of medians', () => {
    // 2,2,2,4,9,30: nearest-rank median the 3rd (2), p90 the 6th (30).
    expect(view.totals.toDecision).toEqual({ count: 6, medianDays: 2, p90Days: 30 });
    expect(
      view.programmes.map((p) => [p.programme, p.toDecision.count, p.toPayment.count]),
    ).toEqual([
      ['lottery-fund', 5, 2],
      ['venture', 1, 0],
    ]);
    expect(view.programmes[1].toPayment).toEqual({ count: 0, medianDays: null, p90Days: null });
    expect(view.years).toEqual([2025, 2026]);
  });

  it('rule R1: children by area over every programme; the unknown area apart, at the province only', () => {
    expect(view.children.map((c) => [c.code, c.level, c.toDecision.count])).toEqual([
      ['4501', 'CITY', 4],
      ['4502', 'CITY', 1],
    ]);
    expect(view.children[0].toDecision).toMatchObject({ medianDays: 2, p90Days: 4 });
    expect(view.areaUnknown?.toDecision.count).toBe(1);
    const street = mergedTimeliness([lottery], {
      areaCode: '450103001',
      programme: 'lottery-fund',
    });
    expect(street.children).toEqual([]);
    expect(street.areaUnknown).toBeNull();
    expect(street.area).toEqual({ code: '450103001', name: '', level: 'STREET' });
  });
});
