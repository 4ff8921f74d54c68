import { ServiceEnv } from '@civic/platform/config';

/** The incubation service takes the common service variables. */
export class IncubationEnv extends ServiceEnv {}
