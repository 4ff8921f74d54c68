import type {
  ContractEvaluationView,
  ContractInstalmentView,
  ContractReportView,
  ContractView,
  ContractYearView,
  PublicContractView,
} from '@civic/contracts';
import type { ContractEvaluation } from './contract-evaluation.entity';
import type { ContractInstalment } from './contract-instalment.entity';
import type { ContractReport } from './contract-report.entity';
import type { ContractYear } from './contract-year.entity';
import type { Contract } from './contract.entity';
import type { ContractParts } from './contracts.repository';

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : undefined);

function instalmentView(i: ContractInstalment): ContractInstalmentView {
  return {
    id: i.id,
    position: i.position,
    key: i.key,
    trigger: i.trigger,
    scheduledFen: i.scheduledFen,
    amountFen: i.amountFen,
    release: i.release,
    payment: i.payment,
    paymentId: i.paymentId,
    ...(i.releasedAt ? { releasedAt: iso(i.releasedAt) } : {}),
    ...(i.bankReference ? { bankReference: i.bankReference } : {}),
    ...(i.paidAt ? { paidAt: iso(i.paidAt) } : {}),
    ...(i.custodianName ? { custodianName: i.custodianName } : {}),
    ...(i.statusReason ? { statusReason: i.statusReason } : {}),
  };
}

function yearView(y: ContractYear, instalments: ContractInstalment[]): ContractYearView {
  return {
    id: y.id,
    year: y.year,
    fiscalYear: y.fiscalYear,
    startsOn: y.startsOn,
    endsOn: y.endsOn,
    months: y.months,
    amountFen: y.amountFen,
    commitment: y.commitmentState ?? 'NOT_RENEWED',
    releasedFen: y.releasedFen,
    ...(y.renewedAt ? { renewedAt: iso(y.renewedAt) } : {}),
    ...(y.statusReason ? { statusReason: y.statusReason } : {}),
    instalments: instalments.filter((i) => i.yearId === y.id).map(instalmentView),
  };
}

function evaluationView(
  e: ContractEvaluation,
  instalments: ContractInstalment[],
): ContractEvaluationView {
  const decided = instalments.find((i) => i.id === e.instalmentId);
  return {
    id: e.id,
    year: e.year,
    kind: e.kind,
    evaluator: e.evaluator,
    evaluatorName: e.evaluatorName,
    scores: e.scores,
    totalScore: Number(e.totalScore),
    passed: e.passed,
    ...(e.decision ? { decision: e.decision } : {}),
    ...(decided ? { instalmentKey: decided.key } : {}),
    ...(e.payFen !== null ? { payFen: e.payFen } : {}),
    ...(e.withheldFen !== null ? { withheldFen: e.withheldFen } : {}),
    reason: e.reason,
    reasonZh: e.reasonZh,
    comment: e.comment,
    policyVersion: e.policyVersion,
    evaluatedAt: new Date(e.evaluatedAt).toISOString(),
  };
}

/** An undertaker's performance report (R25), for officers and the undertaker only (R30). */
function reportView(r: ContractReport): ContractReportView {
  return {
    id: r.id,
    year: r.year,
    kind: r.kind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    summary: r.summary,
    figures: r.figures,
    submittedBy: r.submittedBy,
    submittedAt: new Date(r.submittedAt).toISOString(),
  };
}

/**
 * A contract as officers and its undertaker see it: the account number masked, and the
 * undertaker's performance reports newest first (R25, R30).
 */
export function contractView(c: Contract, parts: ContractParts): ContractView {
  const project = parts.projects.get(c.projectId);
  const instalments = parts.instalments.filter((i) => i.contractId === c.id);
  const { accountName, bankName, bankCode, accountNumberMasked } = c.bankAccount;
  return {
    id: c.id,
    projectId: c.projectId,
    title: c.title,
    catalogueItemName: project?.catalogueItemName ?? '',
    regionCode: project?.regionCode ?? '',
    fiscalYear: c.fiscalYear,
    bidId: c.bidId,
    entryId: c.entryId,
    organizationId: c.organizationId,
    undertakerName: c.undertakerName,
    undertakerKind: c.undertakerKind,
    amountFen: c.amountFen,
    startDate: c.startDate,
    endDate: c.endDate,
    months: c.months,
    indicators: c.indicators,
    bankAccount: {
      accountName,
      accountNumber: accountNumberMasked,
      bankName,
      bankCode: bankCode ?? '',
    },
    status: c.status,
    policyVersion: c.policyVersion,
    signedBy: c.signedBy,
    signedAt: new Date(c.signedAt).toISOString(),
    years: parts.years.filter((y) => y.contractId === c.id).map((y) => yearView(y, instalments)),
    evaluations: parts.evaluations
      .filter((e) => e.contractId === c.id)
      .map((e) => evaluationView(e, instalments)),
    reports: parts.reports.filter((r) => r.contractId === c.id).map(reportView),
  };
}

/**
 * A contract as published (R25, Order 102 art. 23): parties, amount, term, schedule, indicators
 * and evaluation results. No account, no signer, no buyer's evaluator by name, no comments, and
 * no performance reports, which may name the people served (R30).
 */
export function publicContractView(c: Contract, parts: ContractParts): PublicContractView {
  const project = parts.projects.get(c.projectId);
  const instalments = parts.instalments.filter((i) => i.contractId === c.id);
  return {
    id: c.id,
    title: c.title,
    catalogueItemName: project?.catalogueItemName ?? '',
    regionCode: project?.regionCode ?? '',
    fiscalYear: c.fiscalYear,
    undertakerName: c.undertakerName,
    undertakerKind: c.undertakerKind,
    amountFen: c.amountFen,
    startDate: c.startDate,
    endDate: c.endDate,
    months: c.months,
    indicators: c.indicators,
    status: c.status,
    signedAt: new Date(c.signedAt).toISOString(),
    years: parts.years
      .filter((y) => y.contractId === c.id)
      .map((y) => ({
        year: y.year,
        fiscalYear: y.fiscalYear,
        startsOn: y.startsOn,
        endsOn: y.endsOn,
        amountFen: y.amountFen,
        renewed: y.commitmentState !== null,
        instalments: instalments
          .filter((i) => i.yearId === y.id)
          .map((i) => ({
            key: i.key,
            trigger: i.trigger,
            scheduledFen: i.scheduledFen,
            amountFen: i.amountFen,
            release: i.release,
            paid: i.payment === 'PAID',
          })),
      })),
    evaluations: parts.evaluations
      .filter((e) => e.contractId === c.id)
      .map((e) => ({
        year: e.year,
        kind: e.kind,
        evaluator: e.evaluator,
        ...(e.evaluator === 'THIRD_PARTY' ? { evaluatorName: e.evaluatorName } : {}),
        scores: e.scores,
        totalScore: Number(e.totalScore),
        passed: e.passed,
        ...(e.decision ? { decision: e.decision } : {}),
        policyVersion: e.policyVersion,
        evaluatedAt: new Date(e.evaluatedAt).toISOString(),
      })),
  };
}
