/**
 * What the queue dashboard may change (issue #20). Reading is always allowed. Of bull-board's
 * mutations only three: retrying one job, retrying a queue's failed jobs, and removing one job
 * (bull-board's "clean"). Adding a job, editing its data, emptying or pausing a queue and the rest
 * are refused: a job is a message between services, and a message made or changed by hand could
 * move money no programme decided (R27, R28). Each allowed change is audited (R31).
 */
export type DashboardAction =
  | { kind: 'read' }
  | { kind: 'job.retried' | 'job.removed'; queue: string; jobId: string }
  | { kind: 'failed.retried'; queue: string }
  | { kind: 'refused' };

/** The action of a request to the dashboard's API, from its method and its path below the dashboard. */
export function dashboardAction(method: string, path: string): DashboardAction {
  if (method === 'GET' || method === 'HEAD') return { kind: 'read' };
  const parts = path.split('?')[0].split('/').filter(Boolean).map(safeDecode);
  // api / queues / <queue> / <job id or 'retry'> / <'retry' | 'clean' | 'failed'>
  if (method !== 'PUT' || parts.length !== 5 || parts[0] !== 'api' || parts[1] !== 'queues') {
    return { kind: 'refused' };
  }
  const [, , queue, second, third] = parts;
  if (second === 'retry' && third === 'failed') return { kind: 'failed.retried', queue };
  if (third === 'retry') return { kind: 'job.retried', queue, jobId: second };
  if (third === 'clean') return { kind: 'job.removed', queue, jobId: second };
  return { kind: 'refused' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
