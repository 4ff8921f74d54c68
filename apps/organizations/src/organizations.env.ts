import { ServiceEnv } from '@civic/platform/config';

/** The organizations service takes the common service variables and nothing more. */
export class OrganizationsEnv extends ServiceEnv {}
