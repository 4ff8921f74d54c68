import { namePathOf } from '../src/common/form-violations';
import { openForBids } from '../src/procurement/public/announcement-rules';
import { beijingTime, stillAhead } from '../src/procurement/public/beijing-time';
import { APPLY_MAPPING, toApplyDto } from '../src/procurement/undertaker/apply-values';
import { canObject, canWithdraw } from '../src/procurement/undertaker/bid-rules';
import { BID_MAPPING, toBidDto } from '../src/procurement/undertaker/bid-values';

// Pure parts of an undertaker's pages of government purchase (R24, R25, R26).

describe('the bid body (R25, R26)', () => {
  it('sends the price typed in yuan as integer fen, the proposal trimmed', () => {
    expect(toBidDto({ priceYuan: ' 285000.5 ', proposal: ' 组建 6 人社工团队 \n' })).toEqual({
      priceFen: 28_500_050,
      proposal: '组建 6 人社工团队',
    });
    expect(toBidDto({ priceYuan: '0.01', proposal: '十个字以上的服务方案' }).priceFen).toBe(1);
    expect(() => toBidDto({ priceYuan: '1.001', proposal: '十个字以上的服务方案' })).toThrow(
      RangeError,
    );
  });

  it("shows the API's price violation on the yuan field", () => {
    expect(namePathOf('priceFen', BID_MAPPING)).toEqual(['priceYuan']);
  });
});

describe('the directory application body (R24)', () => {
  it('applies as a social organization of the registry: no name or credit code, contact trimmed', () => {
    const dto = toApplyDto({
      serviceAreas: ['450103', '450100'],
      serviceCategories: ['基本公共服务'],
      contactName: ' 覃丽萍 ',
      contactPhone: ' 13977123456 ',
    });
    expect(dto).toEqual({
      kind: 'SOCIAL_ORGANIZATION',
      serviceAreas: ['450103', '450100'],
      serviceCategories: ['基本公共服务'],
      contactName: '覃丽萍',
      contactPhone: '13977123456',
    });
    expect(dto).not.toHaveProperty('name');
    expect(dto).not.toHaveProperty('creditCode');
  });

  it("shows an element's violation on its select", () => {
    expect(namePathOf('serviceAreas.1', APPLY_MAPPING)).toEqual(['serviceAreas']);
    expect(namePathOf('serviceCategories.0', APPLY_MAPPING)).toEqual(['serviceCategories']);
  });
});

describe('times in Beijing (UTC+8), whatever the browser zone', () => {
  it('shows an instant as Beijing wall time, across the date line', () => {
    expect(beijingTime('2026-12-31T09:00:00.000Z')).toBe('2026-12-31 17:00');
    expect(beijingTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
  });

  it('tells whether an instant is still ahead', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(stillAhead('2026-06-01T00:00:01Z', now)).toBe(true);
    expect(stillAhead('2026-06-01T00:00:00Z', now)).toBe(false);
    expect(stillAhead(null, now)).toBe(false);
  });
});

describe('what an undertaker may do (R25; the API decides by the database clock)', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');

  it('bids on an announced project before its deadline only', () => {
    expect(openForBids({ status: 'ANNOUNCED', bidDeadline: '2026-06-02T00:00:00Z' }, now)).toBe(
      true,
    );
    expect(openForBids({ status: 'ANNOUNCED', bidDeadline: '2026-05-31T00:00:00Z' }, now)).toBe(
      false,
    );
    expect(openForBids({ status: 'AWARDED', bidDeadline: '2026-06-02T00:00:00Z' }, now)).toBe(
      false,
    );
    expect(openForBids({ status: 'ANNOUNCED', bidDeadline: null }, now)).toBe(false);
  });

  it('withdraws a submitted bid while the project takes bids, objects to an award', () => {
    expect(canWithdraw({ status: 'SUBMITTED', projectStatus: 'ANNOUNCED' })).toBe(true);
    expect(canWithdraw({ status: 'SUBMITTED', projectStatus: 'BIDDING_CLOSED' })).toBe(false);
    expect(canWithdraw({ status: 'WITHDRAWN', projectStatus: 'ANNOUNCED' })).toBe(false);
    expect(canObject({ status: 'NOT_AWARDED', projectStatus: 'AWARDED' })).toBe(true);
    expect(canObject({ status: 'AWARDED', projectStatus: 'AWARDED' })).toBe(true);
    expect(canObject({ status: 'WITHDRAWN', projectStatus: 'AWARDED' })).toBe(false);
    expect(canObject({ status: 'RANKED', projectStatus: 'CONTRACTED' })).toBe(false);
  });
});
