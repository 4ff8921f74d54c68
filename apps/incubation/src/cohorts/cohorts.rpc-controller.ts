import type { CohortPage, CohortView, RpcEnvelope, RpcRequestOf } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { CohortsService } from './cohorts.service';

type ById = RpcEnvelope<{ id: string }>;

/** RPC entry points of a base's cohorts (R16); thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class CohortsRpcController {
  constructor(private readonly cohorts: CohortsService) {}

  @RpcHandler('incubation.cohorts.create')
  createCohort({ data, actor }: RpcEnvelope<unknown>): Promise<CohortView> {
    return this.cohorts.create(data, actor);
  }

  @RpcHandler('incubation.cohorts.list')
  listCohorts({ data, actor }: RpcEnvelope<unknown>): Promise<CohortPage> {
    return this.cohorts.list(data, actor);
  }

  @RpcHandler('incubation.cohorts.get')
  getCohort({ data, actor }: ById): Promise<CohortView> {
    return this.cohorts.get(data?.id, actor);
  }

  @RpcHandler('incubation.cohorts.set-form')
  setForm({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'incubation.cohorts.set-form'>>): Promise<CohortView> {
    return this.cohorts.setForm(data?.id, data?.form, actor);
  }

  @RpcHandler('incubation.cohorts.close')
  closeCohort({ data, actor }: ById): Promise<CohortView> {
    return this.cohorts.close(data?.id, actor);
  }
}
