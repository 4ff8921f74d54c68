import { randomUUID } from 'node:crypto';
import type {
  ClawbackOpenedV1,
  CommitmentReleaseRequestedV1,
  CommitmentRequestedV1,
  CommitmentRequestedV2,
  DisbursementRequestedV1,
  DisbursementRequestedV2,
  MessageEnvelope,
  MessageName,
  PolicyApprovedV1,
  ProgrammeName,
  SealedBankAccountV2,
} from '@civic/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * Plays a programme service towards finance: puts commitment and payment requests on finance.inbox,
 * as the programme's outbox relay would (same envelope, message id as job id). For finance's tests,
 * the benchmark and the demo data, until the programme services send them themselves.
 */
export class ProgrammeRequests {
  private readonly redis: Redis;
  private readonly queue: Queue;

  constructor(
    redisUrl: string,
    prefix: string,
    private readonly programme: ProgrammeName = 'venture',
  ) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue('{finance.inbox}', { connection: this.redis, prefix });
  }

  async commitments(requests: CommitmentRequestedV1[]): Promise<void> {
    await this.send('finance.commitment-requested.v1', requests);
  }

  async disbursements(requests: DisbursementRequestedV1[]): Promise<void> {
    await this.send('finance.disbursement-requested.v1', requests);
  }

  /** As the programmes send them from v2 on: account numbers sealed (R30). */
  async sealedCommitments(requests: CommitmentRequestedV2[]): Promise<void> {
    await this.send('finance.commitment-requested.v2', requests);
  }

  async sealedDisbursements(requests: DisbursementRequestedV2[]): Promise<void> {
    await this.send('finance.disbursement-requested.v2', requests);
  }

  /** Commitments the programme closes, their unpaid rest to be released (R27). */
  async releases(requests: CommitmentReleaseRequestedV1[]): Promise<void> {
    await this.send('finance.commitment-release-requested.v1', requests);
  }

  /** Policy versions the registry approved (issue #17): finance keeps copies for its targets. */
  async policyApprovals(approvals: PolicyApprovedV1[]): Promise<void> {
    await this.send('organizations.policy-approved.v1', approvals);
  }

  /** Clawbacks the programme opens (R19). */
  async clawbacks(requests: ClawbackOpenedV1[]): Promise<void> {
    await this.send('finance.clawback-opened.v1', requests);
  }

  /** Jobs waiting in a programme's inbox queue: finance's answers that reached it. */
  async answers(programme: ProgrammeName = this.programme): Promise<MessageEnvelope[]> {
    const inbox = new Queue<MessageEnvelope & { bundle?: MessageEnvelope[] }>(
      `{${programme}.inbox}`,
      {
        connection: this.redis,
        prefix: this.queue.opts.prefix,
      },
    );
    const jobs = await inbox.getJobs(['waiting', 'prioritized', 'delayed'], 0, -1);
    await inbox.close();
    // A job carries one message, or a bundle of them (libs/platform/messaging's job-data.ts).
    return jobs.flatMap((job) => job.data.bundle ?? [job.data]);
  }

  private async send(name: MessageName, payloads: object[]): Promise<void> {
    for (let i = 0; i < payloads.length; i += 500) {
      await this.queue.addBulk(
        payloads.slice(i, i + 500).map((payload) => {
          const id = randomUUID();
          const data = {
            id,
            name,
            producer: this.programme,
            occurredAt: new Date().toISOString(),
            payload,
          };
          return {
            name,
            data,
            opts: {
              jobId: id,
              removeOnComplete: true,
              attempts: 25,
              backoff: { type: 'exponential', delay: 200 },
            },
          };
        }),
      );
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
    await this.redis.quit();
  }
}

export const TEST_BANK_ACCOUNT = {
  accountName: '南宁市青秀区邻里互助会',
  accountNumber: '6222020102003456789',
  bankName: '中国工商银行南宁青秀支行',
  bankCode: '102',
};

/** A commitment and payments against it, for finance tests. */
export function commitmentRequest(
  overrides: Partial<CommitmentRequestedV1> = {},
): CommitmentRequestedV1 {
  return {
    commitmentId: randomUUID(),
    programme: 'venture',
    fund: 'VENTURE_PHILANTHROPY',
    fiscalYear: 2026,
    organizationId: randomUUID(),
    amountFen: 1_000_000,
    reference: '公益创投项目资助',
    ...overrides,
  };
}

/** The fields of a commitment request (either version) a payment request against it repeats. */
type CommitmentKeys = Pick<
  CommitmentRequestedV1,
  'commitmentId' | 'programme' | 'organizationId' | 'amountFen' | 'reference'
>;

export function disbursementRequest(
  commitment: CommitmentKeys,
  overrides: Partial<DisbursementRequestedV1> = {},
): DisbursementRequestedV1 {
  return {
    paymentId: randomUUID(),
    commitmentId: commitment.commitmentId,
    programme: commitment.programme,
    organizationId: commitment.organizationId,
    organizationName: '青秀区邻里互助会',
    amountFen: commitment.amountFen,
    reference: `${commitment.reference}（首期）`,
    bankAccount: TEST_BANK_ACCOUNT,
    ...overrides,
  };
}

/**
 * A v2 payment request against the commitment, to the given account as the programmes seal
 * theirs (R30: `sealPayeeAccount` of TEST_BANK_ACCOUNT, say).
 */
export function sealedDisbursementRequest(
  commitment: CommitmentKeys,
  bankAccount: SealedBankAccountV2,
  overrides: Partial<DisbursementRequestedV2> = {},
): DisbursementRequestedV2 {
  const {
    bankAccount: _plain,
    financialCustodian: _none,
    ...request
  } = disbursementRequest(commitment);
  return { ...request, bankAccount, ...overrides };
}
