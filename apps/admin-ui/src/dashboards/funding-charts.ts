import { barsChart } from './bar-chart';
import { type BuiltChart, COLORS, compactNumber, type Translate } from './chart-option';
import type {
  FundingDashboardView,
  MoneyFigures,
  PolicyShare,
  ProgrammeName,
} from './dashboard-types';
import { DASHBOARD_PROGRAMMES } from './dashboard-filters';
import { canDrillFrom } from './drill-path';
import { chartYuan, yuanText } from './figures';
import { mapChart } from './map-chart';
import { ranked } from './registry-charts';

/** rule R26: a chart's yuan back to fen, exactly, for the words under it. */
const fenOf = (yuan: number) => Math.round(yuan * 100);

function money(t: Translate, language: string) {
  return {
    format: (yuan: number) => yuanText(fenOf(yuan), t),
    axis: (yuan: number) => compactNumber(yuan, language),
    endTexts: false,
  };
}

/** The money figures of rule R28, in the order of a payment's life (libs/contracts MoneyFiguresView). */
export const MONEY_KEYS = [
  'committedFen',
  'awaitingBatchFen',
  'inBatchFen',
  'paidFen',
  'failedFen',
  'releasedFen',
  'clawedBackFen',
  'recoveredFen',
] as const satisfies readonly (keyof MoneyFigures)[];

/** Figures added up (a programme's over its funds); counts and fen stay whole numbers. */
export function sumMoney(rows: readonly MoneyFigures[]): MoneyFigures {
  const sum = (key: keyof MoneyFigures) => rows.reduce((total, r) => total + r[key], 0);
  return {
    commitments: sum('commitments'),
    ...(Object.fromEntries(MONEY_KEYS.map((key) => [key, sum(key)])) as Omit<
      MoneyFigures,
      'commitments'
    >),
  };
}

/** Each programme's money summed over the funds it drew on (R27), in the programmes' order. */
export function fundingByProgramme(
  view: FundingDashboardView,
): (MoneyFigures & { programme: ProgrammeName })[] {
  return DASHBOARD_PROGRAMMES.flatMap((programme) => {
    const rows = view.byProgramme.filter((r) => r.programme === programme);
    return rows.length === 0 ? [] : [{ programme, ...sumMoney(rows) }];
  });
}

/** Money committed beside money paid (R28), for rows keyed and labelled by the caller. */
function committedAndPaid(rows: readonly MoneyFigures[], t: Translate) {
  return [
    {
      name: t('dashboards.funding.committed'),
      values: rows.map((r) => chartYuan(r.committedFen)),
      color: COLORS.blue,
    },
    {
      name: t('dashboards.funding.paid'),
      values: rows.map((r) => chartYuan(r.paidFen)),
      color: COLORS.green,
    },
  ];
}

/** Funding by programme: committed and paid, in yuan (R26, R27). */
export function fundingProgrammeChart(
  view: FundingDashboardView,
  t: Translate,
  language: string,
): BuiltChart {
  const rows = fundingByProgramme(view);
  return barsChart({
    categories: rows.map((r) => ({ key: r.programme, label: t(`enums.programme.${r.programme}`) })),
    series: committedAndPaid(rows, t),
    ...money(t, language),
  });
}

/**
 * Funding by the recipients' areas one level down (R1): committed money on the map of Guangxi at
 * the province, committed and paid as bars below it; a click drills in.
 */
export function fundingAreaChart(
  view: FundingDashboardView,
  t: Translate,
  language: string,
  regionName: (code: string) => string,
): BuiltChart {
  const words = money(t, language);
  if (view.area.level === 'PROVINCE') {
    return mapChart({
      rows: view.children.map((c) => ({ code: c.code, value: chartYuan(c.committedFen) })),
      regionName,
      seriesName: t('dashboards.funding.committed'),
      format: words.format,
      short: words.axis,
    });
  }
  const children = ranked(view.children, (c) => c.committedFen);
  return barsChart({
    categories: children.map((c) => ({ key: c.code, label: c.name })),
    series: committedAndPaid(children, t),
    ...words,
    clickable: canDrillFrom(view.area.code),
  });
}

/** The shares held against policies, in this order (R14, R12, R12, R21, R10). */
export const SHARE_KEYS = [
  'rural',
  'publicWelfare',
  'governmentFunctions',
  'eldercare',
  'partyLed',
] as const;

/** A share's colour: met green, short of its floor orange, no floor blue. */
export function shareColor(share: PolicyShare): string {
  if (share.met === null) return COLORS.blue;
  return share.met ? COLORS.green : COLORS.orange;
}

/**
 * rule R14 (rural reserve), R12 (public welfare, government functions), R21 (eldercare floor 55 %),
 * R10 (Party-led): each share of committed money (net of releases) as a bar in percent saying the
 * view's text, never "0%" for some, with its floor marked where the policy sets one.
 */
export function fundingSharesChart(view: FundingDashboardView, t: Translate): BuiltChart {
  const shares = SHARE_KEYS.map((key) => ({ key, share: view.shares[key] }));
  return barsChart({
    categories: shares.map(({ key }) => ({ key, label: t(`dashboards.funding.share.${key}`) })),
    series: [
      {
        name: t('dashboards.funding.shareOfCommitted'),
        values: shares.map(({ share }) => share.percent ?? 0),
        texts: shares.map(({ share }) => share.text),
        colors: shares.map(({ share }) => shareColor(share)),
        color: COLORS.blue,
      },
    ],
    format: (n) => `${n}%`,
    axis: (n) => `${n}%`,
    max: 100,
    targets: {
      name: t('dashboards.funding.target'),
      color: COLORS.red,
      values: shares.map(({ share }) => share.targetPercent),
      text: (percent) => t('dashboards.funding.atLeast', { percent }),
    },
  });
}

/** The steps of committed money (R28) the progress chart shows, each with its share if the view gives one. */
const STEPS = [
  { key: 'committed', fen: 'committedFen', share: null, color: COLORS.blue },
  { key: 'awaitingBatch', fen: 'awaitingBatchFen', share: null, color: COLORS.cyan },
  { key: 'inBatch', fen: 'inBatchFen', share: 'inBatch', color: COLORS.purple },
  { key: 'paid', fen: 'paidFen', share: 'paid', color: COLORS.green },
  { key: 'failed', fen: 'failedFen', share: null, color: COLORS.red },
  { key: 'released', fen: 'releasedFen', share: 'released', color: COLORS.grey },
] as const;

/** The progress chart's rows: each step's money and, where the view has it, its share of committed. */
export function disbursementSteps(view: FundingDashboardView) {
  const { progress } = view;
  return STEPS.map((step) => ({
    key: step.key,
    color: step.color,
    fen: progress[step.fen],
    share: step.share ? progress[step.share] : null,
  }));
}

/**
 * rule R28: how far committed money has gone: awaiting a batch, in a batch, paid, failed and
 * released, in yuan, each bar saying its share of committed money as the view words it.
 */
export function disbursementChart(
  view: FundingDashboardView,
  t: Translate,
  language: string,
): BuiltChart {
  const steps = disbursementSteps(view);
  return barsChart({
    categories: steps.map((s) => ({ key: s.key, label: t(`dashboards.funding.${s.key}`) })),
    series: [
      {
        name: t('dashboards.funding.amount'),
        values: steps.map((s) => chartYuan(s.fen)),
        texts: steps.map((s) => s.share?.text ?? ''),
        tips: steps.map((s) =>
          s.share
            ? t('common.withNote', { text: yuanText(s.fen, t), note: s.share.text })
            : yuanText(s.fen, t),
        ),
        colors: steps.map((s) => s.color),
        color: COLORS.blue,
      },
    ],
    format: (yuan) => yuanText(fenOf(yuan), t),
    axis: (yuan) => compactNumber(yuan, language),
  });
}

/** The counties a chart shows at most (most money committed); the table lists them all. */
export const TOP_FUNDED_COUNTIES = 15;

/** Funding by county (issue #18): committed and paid, the counties with most committed; a click drills in. */
export function fundingCountyChart(
  view: FundingDashboardView,
  t: Translate,
  language: string,
): BuiltChart {
  const counties = ranked(view.counties, (c) => c.committedFen).slice(0, TOP_FUNDED_COUNTIES);
  return barsChart({
    categories: counties.map((c) => ({ key: c.code, label: c.name })),
    series: committedAndPaid(counties, t),
    ...money(t, language),
    clickable: true,
  });
}
