import type { MessageEnvelope } from '@civic/contracts';
import { JOB_OPTIONS } from './bull-connection';

/**
 * What one BullMQ job carries: one message (its id is the job id), or a bundle of messages
 * relayed together, so that BullMQ's per-job work (add, claim, lock, complete) is paid once per
 * bundle instead of once per message. A bundle's job id is recorded on its outbox rows
 * (`job_id`), so the confirmation sweep knows which job to look for.
 */
export type MessageJobData = MessageEnvelope | MessageBundle;

export interface MessageBundle {
  bundle: MessageEnvelope[];
}

/** The job name of a bundle (a single message's job is named after the message). */
export const BUNDLE_JOB_NAME = 'bundle';

export function isBundle(data: MessageJobData): data is MessageBundle {
  return Array.isArray((data as MessageBundle).bundle);
}

/** The messages in a job's data, whichever shape it has. */
export function envelopesOf(data: MessageJobData): MessageEnvelope[] {
  return isBundle(data) ? data.bundle : [data];
}

/** The job of one message alone: named after the message, its id the message's id. */
export function singleJob(envelope: MessageEnvelope) {
  return { name: envelope.name, data: envelope, opts: { ...JOB_OPTIONS, jobId: envelope.id } };
}
