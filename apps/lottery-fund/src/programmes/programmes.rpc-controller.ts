import type {
  RpcEnvelope,
  RpcRequestOf,
  SubsidyProgrammePage,
  SubsidyProgrammeView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ProgrammesService } from './programmes.service';

/** RPC entry points for subsidy programmes; thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class ProgrammesRpcController {
  constructor(private readonly programmes: ProgrammesService) {}

  @RpcHandler('lottery-fund.programmes.create')
  createProgramme({ data, actor }: RpcEnvelope<unknown>): Promise<SubsidyProgrammeView> {
    return this.programmes.create(data, actor);
  }

  @RpcHandler('lottery-fund.programmes.set-form')
  setForm({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.programmes.set-form'>>): Promise<SubsidyProgrammeView> {
    return this.programmes.setForm(data?.id, data?.form, actor);
  }

  @RpcHandler('lottery-fund.programmes.list')
  listProgrammes({ data, actor }: RpcEnvelope<unknown>): Promise<SubsidyProgrammePage> {
    return this.programmes.list(data, actor);
  }
}
