import { PiiServiceEnv } from '@civic/platform/pii';

/**
 * The venture philanthropy service: the common service variables and the key that seals
 * proposals' contact phones (R30).
 */
export class VentureEnv extends PiiServiceEnv {}
