import type { AuditVerificationView } from '@civic/contracts';
import type { AuditChainReport } from './verify-audit-chain';

/**
 * A chain's verification as the audit screen shows it (rule R31): intact from seq 1 up to
 * `verifiedUpTo`, or broken at `firstBrokenSeq`. The verifier checks from seq 1 and requires each
 * entry to be the one before plus one, so the entries it passed before the broken one are exactly
 * seq 1 … checked − 1.
 */
export function verificationView(
  service: string,
  report: AuditChainReport,
  checkedAt: Date,
): AuditVerificationView {
  const view = {
    service,
    ok: report.ok,
    checked: report.checked,
    checkedAt: checkedAt.toISOString(),
  };
  if (report.ok || !report.firstBad) return { ...view, ok: true, verifiedUpTo: report.checked };
  const { seq, problem, detail } = report.firstBad;
  return {
    ...view,
    ok: false,
    verifiedUpTo: report.checked - 1,
    firstBrokenSeq: seq,
    problem,
    detail,
  };
}

/**
 * One run at a time per key: callers that ask while a run is under way share its answer, so the
 * audit screens of several administrators opening at once read the chain once, not once each.
 * A run that ends is forgotten: the next call verifies again (nothing is cached across time).
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, task: () => Promise<T>): Promise<T> {
    const pending = this.running.get(key);
    if (pending) return pending;
    const started = task().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}
