import 'reflect-metadata';
import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { loadEnv } from '@civic/platform/config';
import { IsInt, IsString, Matches, Min } from 'class-validator';
import { join } from 'node:path';

/** The lottery fund's province-scale bench: its settings and constants (issue #19). */
class ProvinceLotteryEnv {
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,62}$/)
  PROVINCE_LOTTERY_DATABASE: string = 'civic_province_lottery';

  @IsInt()
  @Min(20_000)
  PROVINCE_APPLICATIONS: number = 600_000;

  @IsInt()
  @Min(20_000)
  PROVINCE_LOTTERY_ORGANIZATIONS: number = 100_000;

  @IsInt()
  @Min(5)
  PROVINCE_SAMPLES: number = 20;
}

export const ROOT = join(__dirname, '../../..');
export const RANKING_P95_MS = 1_000;
export const DASHBOARD_P95_MS = 300;
export const TARGET_SUBMITTED = 10_000;
/** Applications of the ranking target decided in its first round, before the 10,000 came. */
export const TARGET_DECIDED = 500;
/** About this many applications are written in one transaction. */
export const CHUNK_APPLICATIONS = 20_000;
export const env = loadEnv(ProvinceLotteryEnv);
export const OFFICER: RpcActor = { userId: 'province-officer', roles: [Role.PROGRAMME_OFFICER] };
