import type { AuditChainReport } from './verify-audit-chain';

/**
 * One line per verified schema (rule R31):
 * `✓ organizations: 1,234 entries, chain intact` or `✗ gateway: entry 57 was edited: …`.
 */
export function formatChainReport(report: AuditChainReport): string {
  if (report.ok) {
    const noun = report.checked === 1 ? 'entry' : 'entries';
    return `✓ ${report.schema}: ${report.checked.toLocaleString('en-US')} ${noun}, chain intact`;
  }
  return `✗ ${report.schema}: ${report.firstBad?.detail ?? 'chain broken'}`;
}
