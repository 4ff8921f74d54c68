// Purchase contracts' shapes as officers read and send them (R25, R27, R28), from the generated
// schema.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ContractView = Schemas['ContractView'];
export type ContractYearView = Schemas['ContractYearView'];
export type ContractInstalmentView = Schemas['ContractInstalmentView'];
export type ContractEvaluationView = Schemas['ContractEvaluationView'];
export type ContractStatus = Schemas['ContractStatus'];
export type SignContractDto = Schemas['SignContractDto'];
export type EvaluateContractDto = Schemas['EvaluateContractDto'];
export type InstalmentTrigger = Schemas['InstalmentTrigger'];
export type EvaluationKind = Schemas['ContractEvaluationKind'];
export type EvaluatorKind = Schemas['ContractEvaluatorKind'];
export type PayeeAccountDto = Schemas['PayeeAccountDto'];

/** What officers filter contracts by: the fiscal year (the project's), the status. */
export interface ContractFilter {
  fiscalYear?: number;
  status?: ContractStatus;
}

/** The statuses of a contract (R25), in the order it moves; the Record follows the API's enum. */
const STATUSES: Record<ContractStatus, true> = { IN_FORCE: true, COMPLETED: true };
export const CONTRACT_STATUSES = Object.keys(STATUSES) as ContractStatus[];

const TRIGGERS: Record<InstalmentTrigger, true> = {
  SIGNING: true,
  MONITORING: true,
  FINAL_EVALUATION: true,
};
/** What releases an instalment, in the order they come (R25). */
export const INSTALMENT_TRIGGERS = Object.keys(TRIGGERS) as InstalmentTrigger[];

export const EVALUATION_KINDS: readonly EvaluationKind[] = ['MONITORING', 'FINAL'];
export const EVALUATOR_KINDS: readonly EvaluatorKind[] = ['BUYER', 'THIRD_PARTY'];
