import { loadEnv } from '@civic/platform/config';
import type { startPlatform } from '@civic/testing';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { QuietEnv } from './surge-kit';

/** The venture deadline-surge bench's settings (see venture-deadline.bench.ts). */
export class BenchEnv extends QuietEnv {
  /** The measured window: the last this many seconds before the deadline (60 recorded). */
  @IsInt()
  @Min(5)
  @Max(600)
  DEADLINE_SECONDS: number = 60;

  /** The load goes on this long after the deadline: late submissions, all to be refused. */
  @IsInt()
  @Min(1)
  @Max(60)
  DEADLINE_AFTER_SECONDS: number = 3;

  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_CONNECTIONS: number = 200;

  /** Applicants, each a user of its own with its own login … */
  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_APPLICANTS: number = 200;

  /** … bound to these organizations in turn (applicant i to organization i mod N). */
  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_ORGANIZATIONS: number = 200;

  /** Submissions on a call of their own before the measured run (JIT, pools; the rate estimate). */
  @IsInt()
  @Min(200)
  DEADLINE_WARMUP_REQUESTS: number = 2000;

  /** Drafts prepared for the surge; 0 estimates them from the warm-up (× the margin below). */
  @IsInt()
  @Min(0)
  DEADLINE_DRAFTS: number = 0;

  @IsNumber()
  @Min(1)
  DEADLINE_DRAFT_MARGIN: number = 2;

  /** Clock margin around the deadline (on top of the measured bench–database clock offset). */
  @IsInt()
  @Min(0)
  DEADLINE_SKEW_MS: number = 5;
}

export const env = loadEnv(BenchEnv);
export const progress = (message: string) => process.stderr.write(`[deadline] ${message}\n`);
export const VENTURE = '/api/v1/venture';

export type Platform = Awaited<ReturnType<typeof startPlatform>>;

export interface Applicant {
  token: string;
  rural: boolean;
}

export interface Draft {
  id: string;
  token: string;
}

/** One submit request: when it was sent and answered (this host's clock, ms) and how. */
export interface Sent {
  draft: number;
  sentAt: number;
  answeredAt: number;
  status: number;
  code: string;
}
