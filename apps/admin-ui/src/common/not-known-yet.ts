import { refusalCode } from './refusal';

/**
 * Right after an organization is registered, a programme service may not know it yet (409
 * ORGANIZATION_NOT_KNOWN_YET): a mutation acting for it tries again a few times.
 */
export const RETRY_WHILE_NOT_KNOWN = {
  retry: (failures: number, error: Error) =>
    refusalCode(error) === 'ORGANIZATION_NOT_KNOWN_YET' && failures < 5,
  retryDelay: 1500,
};
