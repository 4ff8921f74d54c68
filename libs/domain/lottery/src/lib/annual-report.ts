import { assertNonNegativeFen, Fen } from '@civic/domain/money';
import { PRIORITY_GROUPS, PriorityGroup } from '@civic/domain/organizations';
import { BeneficiaryCount } from './beneficiaries';
import { LOTTERY_FUNDED_LABEL } from './disclosure-label';
import { DEFAULT_ELDERCARE_POLICY } from './eldercare-policy';
import { ApprovedByPurpose, eldercareShare, meetsEldercareFloor } from './eldercare-share';
import { isLotteryPurpose, LOTTERY_PURPOSES, LotteryPurpose } from './lottery-purpose';

/** A programme of the year: its purpose and budget. rule R23 */
export interface ReportProgramme {
  purpose: LotteryPurpose;
  budgetFen: Fen;
}

/** A project the year funded (approved, committed or paid). rule R23 */
export interface ReportProject {
  projectName: string;
  unit: string;
  purpose: LotteryPurpose;
  approvedFen: Fen;
  paidFen: Fen;
  beneficiaries: readonly BeneficiaryCount[];
}

export interface AnnualReportInput {
  fiscalYear: number;
  programmes: readonly ReportProgramme[];
  projects: readonly ReportProject[];
  /** The officers' account of the results (成效), in words. */
  summary?: string;
}

export interface PurposeLine {
  purpose: LotteryPurpose;
  projects: number;
  budgetFen: Fen;
  approvedFen: Fen;
  paidFen: Fen;
}

/**
 * What the annual disclosure publishes (R23): the scale of the year's use of the fund, its
 * projects, their execution and their results, labelled 彩票公益金资助.
 */
export interface AnnualReport {
  fiscalYear: number;
  scale: { programmes: number; budgetFen: Fen; projects: number; approvedFen: Fen };
  byPurpose: PurposeLine[];
  /** The eldercare share against its floor (R21); percent is null when nothing was approved. */
  eldercare: { percent: string | null; floorPercent: number; meetsFloor: boolean | null };
  execution: {
    paidFen: Fen;
    unpaidFen: Fen;
    paidProjects: number;
    /** paid ÷ approved, rounded down to 0.01 %; null when nothing was approved. */
    percent: string | null;
  };
  results: {
    beneficiaries: BeneficiaryCount[];
    beneficiaryTotal: number;
    summary?: string;
  };
  projects: {
    projectName: string;
    unit: string;
    purpose: LotteryPurpose;
    amountFen: Fen;
    paidFen: Fen;
  }[];
  label: string;
}

// rule R23: the year's annual report from its programmes and funded projects (rule R21 for the
// eldercare share). Sums are exact; projects are listed by purpose, then by amount, largest first.
export function buildAnnualReport(input: AnnualReportInput): AnnualReport {
  const { fiscalYear, programmes, projects } = input;
  if (!Number.isInteger(fiscalYear)) throw new RangeError('fiscalYear must be an integer');
  programmes.forEach((p, i) => {
    assertPurpose(p.purpose, `programmes[${i}].purpose`);
    assertNonNegativeFen(p.budgetFen, `programmes[${i}].budgetFen`);
  });
  projects.forEach((p, i) => {
    assertPurpose(p.purpose, `projects[${i}].purpose`);
    assertNonNegativeFen(p.approvedFen, `projects[${i}].approvedFen`);
    assertNonNegativeFen(p.paidFen, `projects[${i}].paidFen`);
    if (p.paidFen > p.approvedFen) {
      throw new RangeError(`projects[${i}] paid more than was approved`);
    }
  });
  const byPurpose = LOTTERY_PURPOSES.map((purpose): PurposeLine => {
    const mine = projects.filter((p) => p.purpose === purpose);
    return {
      purpose,
      projects: mine.length,
      budgetFen: sum(programmes.filter((p) => p.purpose === purpose).map((p) => p.budgetFen)),
      approvedFen: sum(mine.map((p) => p.approvedFen)),
      paidFen: sum(mine.map((p) => p.paidFen)),
    };
  });
  const approvedFen = sum(byPurpose.map((l) => l.approvedFen));
  const paidFen = sum(byPurpose.map((l) => l.paidFen));
  const approved: ApprovedByPurpose = Object.fromEntries(
    byPurpose.map((l) => [l.purpose, l.approvedFen]),
  );
  const share = eldercareShare(approved);
  const beneficiaries = countBeneficiaries(projects);
  return {
    fiscalYear,
    scale: {
      programmes: programmes.length,
      budgetFen: sum(programmes.map((p) => p.budgetFen)),
      projects: projects.length,
      approvedFen,
    },
    byPurpose,
    eldercare: {
      percent: share.percent,
      floorPercent: DEFAULT_ELDERCARE_POLICY.floorPercent,
      meetsFloor: meetsEldercareFloor(approved),
    },
    execution: {
      paidFen,
      unpaidFen: approvedFen - paidFen,
      paidProjects: projects.filter((p) => p.approvedFen > 0 && p.paidFen === p.approvedFen).length,
      percent: approvedFen === 0 ? null : percentDown(paidFen, approvedFen),
    },
    results: {
      beneficiaries,
      beneficiaryTotal: sum(beneficiaries.map((b) => b.count)),
      ...(input.summary?.trim() ? { summary: input.summary.trim() } : {}),
    },
    projects: [...projects]
      .sort(
        (a, b) =>
          LOTTERY_PURPOSES.indexOf(a.purpose) - LOTTERY_PURPOSES.indexOf(b.purpose) ||
          b.approvedFen - a.approvedFen ||
          a.projectName.localeCompare(b.projectName),
      )
      .map((p) => ({
        projectName: p.projectName,
        unit: p.unit,
        purpose: p.purpose,
        amountFen: p.approvedFen,
        paidFen: p.paidFen,
      })),
    label: LOTTERY_FUNDED_LABEL,
  };
}

function countBeneficiaries(projects: readonly ReportProject[]): BeneficiaryCount[] {
  const counts = new Map<PriorityGroup, number>();
  for (const p of projects) {
    for (const b of p.beneficiaries) counts.set(b.group, (counts.get(b.group) ?? 0) + b.count);
  }
  return PRIORITY_GROUPS.filter((g) => counts.has(g)).map((group) => ({
    group,
    count: counts.get(group)!,
  }));
}

/** part ÷ whole as a percent with 2 decimals, rounded down, exactly (bigint). */
function percentDown(part: Fen, whole: Fen): string {
  const bp = (BigInt(part) * 10_000n) / BigInt(whole);
  return `${bp / 100n}.${String(bp % 100n).padStart(2, '0')}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function assertPurpose(value: unknown, field: string): void {
  if (!isLotteryPurpose(value)) throw new RangeError(`${field} must be a lottery purpose (R20)`);
}

// rule R23: the annual report covers a whole year, so it is published once that year is over in
// Beijing time (UTC+8), by 30 June of the next.
export function isYearOver(fiscalYear: number, now: Date): boolean {
  const beijingYear = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  return fiscalYear < beijingYear;
}
