import { ROLE_PERMISSIONS, Role } from '@civic/domain/access';
import { shareOf } from '@civic/domain/dashboards';
import i18next from 'i18next';
import type { MapSeriesOption } from 'echarts/charts';
import { barsChart } from '../src/dashboards/bar-chart';
import type { Translate } from '../src/dashboards/chart-option';
import { cohortOutcomesChart } from '../src/dashboards/cohort-charts';
import {
  dashboardParams,
  dashboardQuery,
  dashboardTabsFor,
  readDashboardParams,
  yearChoices,
} from '../src/dashboards/dashboard-filters';
import type {
  CohortDashboardView,
  TimelinessDashboardView,
} from '../src/dashboards/dashboard-types';
import { fileNameOf } from '../src/dashboards/download-workbook';
import { areaPath, canDrillFrom, drillTarget, namedPath } from '../src/dashboards/drill-path';
import {
  disbursementChart,
  fundingByProgramme,
  fundingSharesChart,
} from '../src/dashboards/funding-charts';
import { mapChart, shade } from '../src/dashboards/map-chart';
import {
  partyLedChart,
  registryAreaChart,
  tiersByCountyChart,
} from '../src/dashboards/registry-charts';
import { timelinessProgrammeChart } from '../src/dashboards/timeliness-charts';
import zhCN from '../src/i18n/zh-CN.json';
import {
  categoriesOf,
  cityName,
  fundingView,
  labelOf,
  registryArea,
  registryView,
  seriesOf,
  tooltipOf,
} from './fixtures/dashboard-views';

// Pure parts of the dashboards (issue #18): filters in the address, the drill-down path (R1),
// and the chart options built from the views (R5, R10, R12, R14, R16, R21, R26, R28).

let t: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false }, // as the UI (src/i18n/i18n.ts): React escapes
  });
  t = (key, options) => i18n.t(key, options);
});

describe('dashboard filters in the address (issue #18)', () => {
  const ALL = ['registry', 'cohorts', 'funding', 'timeliness'] as const;

  it('reads a linked view back: tab, year, area, fund and programme', () => {
    const params = new URLSearchParams(
      'tab=funding&year=2026&area=450103&fund=INCUBATION&programme=incubation',
    );
    const filters = readDashboardParams(params, ALL);
    expect(filters).toEqual({
      tab: 'funding',
      year: 2026,
      area: '450103',
      fund: 'INCUBATION',
      programme: 'incubation',
    });
    expect(dashboardParams(filters).toString()).toBe(params.toString());
  });

  it('leaves out what is unknown or out of range, and a filter the dashboard does not take', () => {
    const params = new URLSearchParams(
      'tab=registry&year=1999&area=46&fund=CASH&programme=venture',
    );
    expect(readDashboardParams(params, ALL)).toEqual({ tab: 'registry', area: '45' });
    expect(readDashboardParams(new URLSearchParams('area=4501999'), ALL).area).toBe('45');
    expect(readDashboardParams(new URLSearchParams('year=2026.5'), ALL).year).toBeUndefined();
    // timeliness takes a programme, not a fund (times, not money)
    expect(
      readDashboardParams(
        new URLSearchParams('tab=timeliness&fund=INCUBATION&programme=venture'),
        ALL,
      ),
    ).toEqual({ tab: 'timeliness', area: '45', programme: 'venture' });
  });

  it('gives way to the first dashboard the user may open', () => {
    const filters = readDashboardParams(new URLSearchParams('tab=registry'), ['cohorts']);
    expect(filters.tab).toBe('cohorts');
  });

  it('leaves the province and unset filters out of the address, and out of the query', () => {
    expect(dashboardParams({ tab: 'registry', area: '45' }).toString()).toBe('tab=registry');
    expect(dashboardQuery({ tab: 'registry', area: '4501', year: 2026 })).toEqual({
      areaCode: '4501',
      year: 2026,
    });
    expect(
      dashboardQuery({ tab: 'cohorts', area: '45', fund: 'INCUBATION', programme: 'venture' }),
    ).toEqual({ areaCode: '45' });
    expect(
      dashboardQuery({ tab: 'funding', area: '45', fund: 'INCUBATION', programme: 'venture' }),
    ).toEqual({ areaCode: '45', fund: 'INCUBATION', programme: 'venture' });
  });

  it('offers the years with data, and the one chosen, newest first', () => {
    expect(yearChoices([2024, 2026], undefined)).toEqual([2026, 2024]);
    expect(yearChoices([2024, 2026], 2021)).toEqual([2026, 2024, 2021]);
    expect(yearChoices([], 2026)).toEqual([2026]);
  });

  it.each([
    [Role.PROGRAMME_OFFICER, ['registry', 'cohorts', 'funding', 'timeliness']],
    [Role.ADMINISTRATOR, ['registry', 'cohorts', 'funding', 'timeliness']],
    [Role.FINANCE_MAKER, ['funding', 'timeliness']],
    [Role.FINANCE_CHECKER, ['funding', 'timeliness']],
    [Role.STREET_OFFICER, ['registry']],
    [Role.INCUBATION_STAFF, ['cohorts']],
    [Role.APPLICANT, []],
    [Role.REVIEWER, []],
  ])('opens to %s the dashboards its permissions reach: %j', (role, tabs) => {
    expect(dashboardTabsFor(ROLE_PERMISSIONS[role])).toEqual(tabs);
  });
});

describe('the drill-down path (rule R1)', () => {
  it('runs from Guangxi down to the area, each code a prefix of the next', () => {
    expect(areaPath('45')).toEqual(['45']);
    expect(areaPath('450103001')).toEqual(['45', '4501', '450103', '450103001']);
    expect(() => areaPath('4501x')).toThrow(/rule R1/);
  });

  it('drills into an area inside the one shown, never sideways, up or into itself', () => {
    expect(drillTarget('45', '4501')).toBe('4501');
    expect(drillTarget('4501', '450103')).toBe('450103');
    expect(drillTarget('45', '450103')).toBe('450103'); // a county from the province's tiers
    expect(drillTarget('450103', '450103001')).toBe('450103001');
    expect(drillTarget('4501', '450202')).toBeNull();
    expect(drillTarget('450103', '4501')).toBeNull();
    expect(drillTarget('4501', '4501')).toBeNull();
    expect(drillTarget('45', 'unknown')).toBeNull();
    expect(drillTarget('45', undefined)).toBeNull();
    expect(canDrillFrom('450103')).toBe(true);
    expect(canDrillFrom('450103001')).toBe(false);
  });

  it('names the breadcrumb from the divisions lists, a code where they know no name', () => {
    const names = {
      province: '广西壮族自治区',
      counties: [{ code: '450103', name: '青秀区', cityName: '南宁市' }],
      streets: [{ code: '450103001', name: '新竹街道' }],
    };
    expect(namedPath('450103001', names).map((a) => a.name)).toEqual([
      '广西壮族自治区',
      '南宁市',
      '青秀区',
      '新竹街道',
    ]);
    expect(namedPath('450103002', names).at(-1)).toEqual({ code: '450103002', name: '450103002' });
  });
});

describe('charts built from the views', () => {
  const nanning = registryArea('4501', '南宁市', 12_345, 3);
  const liuzhou = registryArea('4502', '柳州市', 20_000, 1);

  it('shows Guangxi’s cities on the map at the province, each region by its code', () => {
    const chart = registryAreaChart(
      registryView({ code: '45', name: '广西壮族自治区' }, [nanning, liuzhou]),
      t,
      'zh-CN',
      cityName,
    );
    const [map] = chart.option.series as MapSeriesOption[];
    expect(map!.type).toBe('map');
    expect(map!.nameProperty).toBe('code');
    expect(map!.data).toEqual([
      expect.objectContaining({ name: '4501', value: 12_345 }),
      expect.objectContaining({ name: '4502', value: 20_000, itemStyle: { areaColor: '#1677ff' } }),
    ]);
    const label = (map!.label as { formatter: (p: { name: string }) => string }).formatter;
    expect(label({ name: '4501' })).toBe('南宁市\n12,345');
    expect(label({ name: '4503' })).toBe('桂林市\n0'); // no organizations: 0, never blank
  });

  it('ranks the counties of a city as bars, largest first, named, clickable to drill in', () => {
    const view = registryView({ code: '4501', name: '南宁市' }, [
      registryArea('450125', '上林县', 3, 0),
      registryArea('450103', '青秀区', 9, 2),
      registryArea('450102', '兴宁区', 9, 0),
    ]);
    const chart = registryAreaChart(view, t, 'zh-CN', cityName);
    expect(categoriesOf(chart)).toEqual(['450102', '450103', '450125']);
    expect(categoriesOf(chart).map(labelOf(chart))).toEqual(['兴宁区', '青秀区', '上林县']);
    expect((chart.option.yAxis as { triggerEvent: boolean }).triggerEvent).toBe(true);
    expect(seriesOf(chart)[0]!.data).toEqual([9, 9, 3]);
    expect(chart.height).toBeGreaterThanOrEqual(3 * 28);
  });

  it('rule R5: stacks each county’s tiers, labelled in Chinese, never a tier code', () => {
    const chart = tiersByCountyChart(
      registryView({ code: '45', name: '广西壮族自治区' }, [nanning]),
      t,
      'zh-CN',
    );
    expect(categoriesOf(chart)).toEqual(['450202', '450103']);
    expect(seriesOf(chart).map((s) => [s.name, s.stack, s.data])).toEqual([
      ['登记', 'tiers', [0, 1]],
      ['街道备案', 'tiers', [9, 3]],
      ['社区指导', 'tiers', [0, 1]],
    ]);
  });

  it('rule R10: the Party-led share says the view’s text, "<0.1%" for 1 of 20,000, never "0%"', () => {
    const view = registryView({ code: '45', name: '广西壮族自治区' }, [nanning, liuzhou]);
    const chart = partyLedChart(view, t);
    expect(categoriesOf(chart).map(labelOf(chart))).toEqual([
      '合计：广西壮族自治区',
      '南宁市',
      '柳州市',
    ]);
    expect(tooltipOf(chart, 2)).toBe('柳州市<br/>党员领办占比：&lt;0.1%');
    const bars = seriesOf(chart)[0]!;
    const text = (bars.label as { formatter: (p: { dataIndex: number; value: number }) => string })
      .formatter;
    expect(text({ dataIndex: 2, value: 0.1 })).toBe('<0.1%');
    expect(text({ dataIndex: 1, value: 0.1 })).toBe('<0.1%'); // 3 of 12,345
    expect(view.figures.partyLed.text).toBe('<0.1%');
  });

  it('rule R16: each cohort’s admitted beside its active, graduated and exited, stacked', () => {
    const outcomes = {
      applied: 30,
      admitted: 10,
      waitlisted: 5,
      rejected: 15,
      active: 6,
      graduated: 3,
      exited: 1,
      graduation: shareOf(3, 10),
    };
    const view: CohortDashboardView = {
      years: [2026],
      year: 2026,
      area: { code: '45', name: '广西壮族自治区', level: 'PROVINCE' },
      totals: outcomes,
      children: [],
      cohorts: [
        {
          ...outcomes,
          baseId: 'b',
          baseName: '<img src=x onerror=alert(1)>基地',
          cohortId: 'c',
          cohortName: '2026 年第一期',
          year: 2026,
        },
      ],
    };
    const chart = cohortOutcomesChart(view, t, 'zh-CN');
    expect(seriesOf(chart).map((s) => [s.name, s.stack ?? null, s.data])).toEqual([
      ['入驻', null, [10]],
      ['在孵', 'stages', [6]],
      ['出壳', 'stages', [3]],
      ['退出', 'stages', [1]],
    ]);
    // a name typed by a user reaches the tooltip (HTML) escaped, never as markup
    expect(tooltipOf(chart, 0)).toMatch(
      /^&lt;img src=x onerror=alert\(1\)&gt;基地 · 2026 年第一期<br\/>/,
    );
  });

  it('shades the map from pale to deep blue by a city’s share of the largest', () => {
    expect(shade(0)).toBe('#e6f4ff');
    expect(shade(1)).toBe('#1677ff');
    expect(shade(2)).toBe('#1677ff');
    const chart = mapChart({
      rows: [],
      regionName: cityName,
      seriesName: 'x',
      format: String,
      short: String,
    });
    expect((chart.option.series as MapSeriesOption[])[0]!.data).toEqual([]);
  });

  it('draws a target as a mark across its bar, and a bar at its end says the given text', () => {
    const chart = barsChart({
      categories: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      series: [{ name: 's', values: [10, 60], texts: ['10%', '60%'], color: '#000' }],
      format: String,
      axis: String,
      max: 100,
      targets: { name: '目标', color: '#f00', values: [30, null], text: (v) => `≥${v}%` },
    });
    const [, marks] = seriesOf(chart);
    expect(marks).toMatchObject({ type: 'scatter', name: '目标', data: [[30, 'a']] });
    expect((chart.option.xAxis as { max: number }).max).toBe(100);
  });
});

describe('funding and timeliness charts', () => {
  const view = fundingView();

  it('sums a programme over its funds (R27), in the programmes’ order', () => {
    expect(fundingByProgramme(view).map((r) => [r.programme, r.committedFen, r.paidFen])).toEqual([
      ['venture', 4_000_000, 1_200_000],
      ['lottery-fund', 1_000_000, 34_567],
    ]);
  });

  it('R12, R14, R21: shares against their floors, a floor not met in orange, 13,345 of 5,000,000 as 0.3%', () => {
    const chart = fundingSharesChart(view, t);
    expect(categoriesOf(chart).map(labelOf(chart))).toEqual([
      '农村社区社会组织',
      '公益慈善类组织',
      '承接政府职能转移的组织',
      '养老服务（彩票公益金社会福利用途）',
      '党员领办组织',
    ]);
    const [bars, marks] = seriesOf(chart);
    expect(bars!.data).toEqual([
      { value: 0.3, itemStyle: { color: '#d46b08' } },
      { value: 50, itemStyle: { color: '#1677ff' } },
      { value: 0, itemStyle: { color: '#1677ff' } },
      { value: 60, itemStyle: { color: '#389e0d' } },
      { value: 20, itemStyle: { color: '#1677ff' } },
    ]);
    expect(marks!.data).toEqual([
      [30, 'rural'],
      [55, 'eldercare'],
    ]);
    expect(tooltipOf(chart, 0)).toBe(
      '农村社区社会组织<br/>占已安排资金：0.3%<br/>政策目标：不低于 30%',
    );
  });

  it('R26, R28: disbursement in yuan with thousands separators, each step with its share', () => {
    const chart = disbursementChart(view, t, 'zh-CN');
    expect(categoriesOf(chart).map(labelOf(chart))).toEqual([
      '已安排资金',
      '待组批',
      '拨付中（已组批）',
      '已拨付',
      '付款失败待重发',
      '已释放',
    ]);
    expect(tooltipOf(chart, 0)).toBe('已安排资金<br/>金额：50,000.00 元');
    expect(tooltipOf(chart, 3)).toBe('已拨付<br/>金额：12,345.67 元（24.7%）');
  });

  it('times per programme: median and p90 in days, "—" where nothing was counted', () => {
    const stats = (count: number, median: number | null, p90: number | null) => ({
      count,
      medianDays: median,
      p90Days: p90,
    });
    const timeliness: TimelinessDashboardView = {
      years: [2026],
      year: null,
      programme: null,
      area: { code: '45', name: '广西壮族自治区', level: 'PROVINCE' },
      totals: { toDecision: stats(3, 4, 9), toPayment: stats(1, 20, 20) },
      programmes: [
        { programme: 'incubation', toDecision: stats(3, 4, 9), toPayment: stats(0, null, null) },
      ],
      children: [],
      areaUnknown: null,
    };
    const chart = timelinessProgrammeChart(timeliness, 'toPayment', t);
    expect(categoriesOf(chart).map(labelOf(chart))).toEqual(['全部项目类型', '孵化培育']);
    expect(seriesOf(chart).map((s) => s.data)).toEqual([
      [20, null],
      [20, null],
    ]);
    expect(tooltipOf(chart, 1)).toBe('孵化培育<br/>中位数：—<br/>90% 的申请在此天数内：—');
    expect(tooltipOf(chart, 0)).toBe(
      '全部项目类型<br/>中位数：20 天<br/>90% 的申请在此天数内：20 天',
    );
  });
});

describe('the export’s file name', () => {
  it('is the one the API gives, or none', () => {
    expect(fileNameOf('attachment; filename="registry-4501.xlsx"')).toBe('registry-4501.xlsx');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
