import type { RpcActor } from '@civic/contracts';
import type { Contract } from './contract.entity';

/** No organization: an actor bound to none owns no contract, not even one of a company. */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/**
 * Whether the actor is an applicant of the contract's undertaker (R25): its own organization's
 * contract. Others are answered as if the contract did not exist (issue #15).
 */
export function ownsContract(actor: RpcActor, contract: Pick<Contract, 'organizationId'>): boolean {
  return (actor.organizationId ?? NO_ORGANIZATION) === contract.organizationId;
}
