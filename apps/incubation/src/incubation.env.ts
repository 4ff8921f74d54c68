import { PiiServiceEnv } from '@civic/platform/pii';

/** The incubation service: the common service variables and the key that seals contact phones (R30). */
export class IncubationEnv extends PiiServiceEnv {}
