import { IsInt, IsString, Length, Min } from 'class-validator';

/** `platform.probe-sent.v1`: a message that only proves the pipeline (tests and benchmarks). */
export class ProbeSentV1 {
  @IsString()
  @Length(1, 64)
  runId: string;

  @IsInt()
  @Min(0)
  sequence: number;
}
