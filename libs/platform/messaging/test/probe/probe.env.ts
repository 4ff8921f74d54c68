import { IsIn, IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';

/** The probe process's environment, validated like any service's. */
export class ProbeEnv {
  @IsIn(['relay', 'consumer'])
  ROLE: 'relay' | 'consumer' = 'consumer';

  @Matches(/^postgres(ql)?:\/\/\S+$/)
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\/\S+$/)
  REDIS_URL: string;

  @IsString()
  CIVIC_PREFIX: string;

  @IsInt()
  @Min(0)
  HANDLER_DELAY_MS: number = 0;

  @IsInt()
  @Min(1)
  OUTBOX_BATCH_SIZE: number = 200;

  @IsInt()
  @Min(1)
  INBOX_CONCURRENCY: number = 16;

  @IsInt()
  @Min(100)
  STALLED_INTERVAL_MS: number = 1000;

  /** Comma-separated sequences whose handler always throws. */
  @IsOptional()
  @IsString()
  FAIL_SEQUENCES: string = '';

  /** 1: the consumer writes a batch's effects in one statement (a batch handler). */
  @IsIn(['0', '1'])
  BATCH_EFFECTS: '0' | '1' = '0';

  @IsOptional()
  @IsString()
  TEST_CHILD_OUTPUT: string = '';
}
