import type {
  DurationStatsView,
  ProgrammeName,
  TimelinessBucket,
  TimelinessDashboardView,
  TimelinessFiguresView,
  TimelinessHistograms,
} from '@civic/contracts';
import {
  childLevelOf,
  divisionLevelOf,
  durationStats,
  UNKNOWN_STREET_CODE,
} from '@civic/domain/dashboards';

const PROVINCE = '45';

/** Whether a bucket's area is the unknown street (or a prefix of it). */
const unknownArea = (code: string) => UNKNOWN_STREET_CODE.startsWith(code);

/** rule R16, rule R28: count, median and p90 of the buckets' days, merged over areas and programmes. */
function stats(
  buckets: readonly TimelinessBucket[],
  stage: TimelinessBucket['stage'],
): DurationStatsView {
  const byDays = new Map<number, number>();
  for (const b of buckets) {
    if (b.stage === stage) byDays.set(b.days, (byDays.get(b.days) ?? 0) + b.count);
  }
  return durationStats([...byDays].map(([days, count]) => ({ days, count })));
}

function figures(buckets: readonly TimelinessBucket[]): TimelinessFiguresView {
  return { toDecision: stats(buckets, 'DECISION'), toPayment: stats(buckets, 'PAYMENT') };
}

/**
 * The timeliness dashboard (issue #18) from the programmes' answers: their day histograms merged
 * (days are additive, so areas and programmes sum), then count, median and p90 taken once over
 * each merged histogram (never an average of medians). Names of divisions are added after.
 */
export function mergedTimeliness(
  answers: readonly TimelinessHistograms[],
  filter: { year?: number; areaCode?: string; programme?: ProgrammeName },
): TimelinessDashboardView {
  const area = filter.areaCode ?? PROVINCE;
  const level = divisionLevelOf(area);
  const child = childLevelOf(level);
  const all = answers.flatMap((a) => a.buckets);
  const known = all.filter((b) => !unknownArea(b.areaCode));
  const childCodes = [...new Set(known.map((b) => b.areaCode))].sort();
  return {
    years: [...new Set(answers.flatMap((a) => a.years))].sort((a, b) => a - b),
    year: filter.year ?? null,
    programme: filter.programme ?? null,
    area: { code: area, name: '', level },
    totals: figures(all),
    programmes: answers.map((a) => ({ programme: a.programme, ...figures(a.buckets) })),
    children: child
      ? childCodes.map((code) => ({
          code,
          name: '',
          level: child,
          ...figures(known.filter((b) => b.areaCode === code)),
        }))
      : [],
    areaUnknown: area === PROVINCE ? figures(all.filter((b) => unknownArea(b.areaCode))) : null,
  };
}
