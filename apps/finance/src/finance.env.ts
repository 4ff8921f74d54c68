import { ServiceEnv } from '@civic/platform/config';

/** The finance service takes the common service variables (payments settings come later). */
export class FinanceEnv extends ServiceEnv {}
