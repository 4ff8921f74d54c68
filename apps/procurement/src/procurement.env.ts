import { PiiServiceEnv } from '@civic/platform/pii';

/**
 * The procurement service takes the common service variables and the key that seals the
 * custodian account numbers of its organization snapshots (R3, R30); add its own below.
 */
export class ProcurementEnv extends PiiServiceEnv {}
