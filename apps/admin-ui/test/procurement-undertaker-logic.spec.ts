import dayjs from 'dayjs';
import { namePathOf } from '../src/common/form-violations';
import { openForBids } from '../src/procurement/public/announcement-rules';
import { beijingTime, stillAhead } from '../src/procurement/public/beijing-time';
import { APPLY_MAPPING, toApplyDto } from '../src/procurement/undertaker/apply-values';
import { canObject, canWithdraw } from '../src/procurement/undertaker/bid-rules';
import { BID_MAPPING, toBidDto } from '../src/procurement/undertaker/bid-values';
import {
  defaultPeriod,
  reportableYears,
  toReportDto,
} from '../src/procurement/undertaker/report-values';
import type { ContractView } from '../src/procurement/undertaker/undertaker-types';

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

  it("sends the answers to the project's added questions, blank ones left out (issue #17)", () => {
    const dto = toBidDto({
      priceYuan: '285000',
      proposal: '组建 6 人社工团队，每月两次入户探访',
      answers: { q1: 6, q2: 'o1', q3: [], q4: '  ' },
    });
    expect(dto.answers).toEqual({ q1: 6, q2: 'o1' });
    // A project without a form takes no answer: none given, none sent.
    expect('answers' in toBidDto({ priceYuan: '1', proposal: '十个字以上的服务方案' })).toBe(false);
    expect(
      'answers' in toBidDto({ priceYuan: '1', proposal: '十个字以上的服务方案', answers: {} }),
    ).toBe(false);
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

describe('the performance report (R25)', () => {
  const year = (n: number, commitment: string) =>
    ({
      year: n,
      startsOn: `${2025 + n}-07-01`,
      endsOn: `${2026 + n}-06-30`,
      commitment,
    }) as ContractView['years'][number];
  const contract = (over: Partial<ContractView>) =>
    ({
      status: 'IN_FORCE',
      years: [year(1, 'COMMITTED'), year(2, 'REQUESTED'), year(3, 'NOT_RENEWED')],
      evaluations: [],
      reports: [],
      ...over,
    }) as unknown as ContractView;

  it('reports on the years signed or renewed whose final evaluation is not in, of a contract in force', () => {
    expect(reportableYears(contract({})).map((y) => y.year)).toEqual([1, 2]);
    const evaluated = contract({
      evaluations: [{ year: 1, kind: 'FINAL' }] as ContractView['evaluations'],
    });
    expect(reportableYears(evaluated).map((y) => y.year)).toEqual([2]);
    expect(reportableYears(contract({ status: 'COMPLETED' }))).toEqual([]);
  });

  it('starts the period on the year’s first day and ends it today, within the year', () => {
    const past = defaultPeriod({
      ...year(1, 'COMMITTED'),
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
    });
    expect([past.periodFrom.format('YYYY-MM-DD'), past.periodTo.format('YYYY-MM-DD')]).toEqual([
      '2020-01-01',
      '2020-12-31',
    ]);
    const future = defaultPeriod({
      ...year(1, 'COMMITTED'),
      startsOn: '2999-01-01',
      endsOn: '2999-12-31',
    });
    expect(future.periodTo.format('YYYY-MM-DD')).toBe('2999-01-01');
  });

  it('sends the dates as YYYY-MM-DD and only the indicators filled in, their violations on their fields', () => {
    const indicators = [{ name: '服务数量' }, { name: '服务质量' }, { name: '满意度' }];
    const { body, mapping } = toReportDto(
      {
        year: 1,
        kind: 'PROGRESS',
        periodFrom: dayjs('2026-07-01'),
        periodTo: dayjs('2026-09-30'),
        summary: ' 本季度按合同完成上门探访 ',
        achieved: [undefined, '  ', ' 回访满意度 93% '],
      },
      indicators,
    );
    expect(body).toEqual({
      year: 1,
      kind: 'PROGRESS',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      summary: '本季度按合同完成上门探访',
      figures: [{ indicator: '满意度', achieved: '回访满意度 93%' }],
    });
    expect(namePathOf('figures.0.indicator', mapping)).toEqual(['achieved', 2]);
    expect(namePathOf('figures.0.achieved', mapping)).toEqual(['achieved', 2]);
  });
});
