import { ServiceEnv } from '@civic/platform/config';

/** The venture philanthropy service takes the common service variables. */
export class VentureEnv extends ServiceEnv {}
