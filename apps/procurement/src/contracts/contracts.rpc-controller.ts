import type {
  ContractPage,
  ContractView,
  PublicContractPage,
  RpcEnvelope,
  UnmaskedAccountView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ContractAccountUnmaskService } from './account-unmask.service';
import { ContractEvaluationsService } from './contract-evaluations.service';
import { ContractReportsService } from './contract-reports.service';
import { ContractsService } from './contracts.service';

/** RPC entry points of purchase contracts and their performance (R25); thin: the services decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class ContractsRpcController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly evaluations: ContractEvaluationsService,
    private readonly reports: ContractReportsService,
    private readonly accounts: ContractAccountUnmaskService,
  ) {}

  @RpcHandler('procurement.contracts.sign')
  sign({ data, actor }: RpcEnvelope<{ projectId: string; body: unknown }>): Promise<ContractView> {
    return this.contracts.sign(data?.projectId, data?.body, actor);
  }

  @RpcHandler('procurement.contracts.renew')
  renew({ data, actor }: RpcEnvelope<{ id: string }>): Promise<ContractView> {
    return this.contracts.renew(data?.id, actor);
  }

  @RpcHandler('procurement.contracts.evaluate')
  evaluate({ data, actor }: RpcEnvelope<{ id: string; body: unknown }>): Promise<ContractView> {
    return this.evaluations.evaluate(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.contracts.report')
  report({ data, actor }: RpcEnvelope<{ id: string; body: unknown }>): Promise<ContractView> {
    return this.reports.report(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.contracts.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<ContractPage> {
    return this.contracts.list(data, actor);
  }

  @RpcHandler('procurement.contracts.mine')
  mine({ data, actor }: RpcEnvelope<unknown>): Promise<ContractPage> {
    return this.contracts.mine(data, actor);
  }

  @RpcHandler('procurement.contracts.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<ContractView> {
    return this.contracts.get(data?.id, actor);
  }

  @RpcHandler('procurement.contracts.unmask-account')
  unmaskAccount({ data, actor }: RpcEnvelope<{ id: string }>): Promise<UnmaskedAccountView> {
    return this.accounts.unmask(data?.id, actor);
  }

  @RpcHandler('procurement.contracts.public')
  published({ data }: RpcEnvelope<unknown>): Promise<PublicContractPage> {
    return this.contracts.published(data);
  }
}
