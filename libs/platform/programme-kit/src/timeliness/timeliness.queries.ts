import {
  DashboardQuery,
  type ProgrammeName,
  type RpcActor,
  type TimelinessHistograms,
  type TimelinessStage,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { childLevelOf, DIVISION_CODE_LENGTH, divisionLevelOf } from '@civic/domain/dashboards';
import { authorize } from '@civic/platform/rpc';
import { readTally } from '@civic/platform/tallies';
import type { EntityManager } from 'typeorm';
import type { TimelinessTallyDefinition } from './timeliness-tally';

const PROVINCE = '45';

/**
 * A programme's answer to `<programme>.dashboard.timeliness` (issue #18): its day histograms by
 * child area (by the area's own code below a county's streets), from the timeliness tally only,
 * and the years it has applications in; the gateway merges the programmes' and takes the median
 * and p90. Times of money are finance's business too: those who read finance (officers,
 * administrators, finance staff, all province-wide) read them. The province's view reads every
 * row, so applicants of unknown area come back under an all-zero code, apart from the cities.
 */
export async function timelinessHistograms(
  manager: EntityManager,
  tally: TimelinessTallyDefinition,
  programme: ProgrammeName,
  input: unknown,
  actor: RpcActor,
): Promise<TimelinessHistograms> {
  authorize(actor, Permission.FINANCE_READ);
  const query = validatePlain(DashboardQuery, input ?? {}, 'query');
  const area = query.areaCode ?? PROVINCE;
  const level = divisionLevelOf(area);
  const groupLength = DIVISION_CODE_LENGTH[childLevelOf(level) ?? level];
  const code = area === PROVINCE ? '' : area;
  const where = { programme, ...(query.year ? { year: query.year } : {}) };
  const [groups, years] = await Promise.all([
    readTally(manager, tally, {
      within: { dim: 'street_code', code, groupLength },
      groupBy: ['stage', 'days'],
      where,
    }),
    readTally(manager, tally, {
      within: { dim: 'street_code', code },
      groupBy: ['year'],
      where: { programme },
    }),
  ]);
  return {
    programme,
    years: years.map((g) => g.key.year!).sort((a, b) => a - b),
    buckets: groups.map((g) => ({
      areaCode: g.prefix!,
      stage: g.key.stage as TimelinessStage,
      days: g.key.days!,
      count: g.sums.applications,
    })),
  };
}
