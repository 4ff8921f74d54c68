import { BaseEnv } from '@civic/platform/config';
import { IsInt, Max, Min } from 'class-validator';

export class GatewayEnv extends BaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT: number = 3000;
}
