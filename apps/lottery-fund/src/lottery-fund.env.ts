import { ServiceEnv } from '@civic/platform/config';

/** The lottery welfare fund service takes the common service variables. */
export class LotteryFundEnv extends ServiceEnv {}
