import type {
  IncubateePage,
  IncubateeView,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  UnmaskedAccountView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { GraduationService } from './graduation.service';
import { IncubateesQueries } from './incubatees.queries';
import { PlacementService } from './placement.service';
import { SubsidiesService } from './subsidies.service';
import { SubsidyAccountUnmaskService } from './subsidy-account-unmask.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points of incubation records (R4, R15, R16); thin: the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class IncubateesRpcController {
  constructor(
    private readonly queries: IncubateesQueries,
    private readonly placement: PlacementService,
    private readonly subsidies: SubsidiesService,
    private readonly graduation: GraduationService,
    private readonly accounts: SubsidyAccountUnmaskService,
  ) {}

  @RpcHandler('incubation.incubatees.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<IncubateePage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('incubation.incubatees.get')
  get({ data, actor }: Req<'incubation.incubatees.get'>): Promise<IncubateeView> {
    return this.queries.get(data?.id, actor);
  }

  @RpcHandler('incubation.incubatees.assign-venue')
  assignVenue({ data, actor }: Req<'incubation.incubatees.assign-venue'>): Promise<IncubateeView> {
    return this.placement.assignVenue(data?.id, data?.assignment, actor);
  }

  @RpcHandler('incubation.incubatees.space-returned')
  spaceReturned({
    data,
    actor,
  }: Req<'incubation.incubatees.space-returned'>): Promise<IncubateeView> {
    return this.placement.spaceReturned(data?.id, actor);
  }

  @RpcHandler('incubation.incubatees.link-organization')
  link({ data, actor }: Req<'incubation.incubatees.link-organization'>): Promise<IncubateeView> {
    return this.placement.linkOrganization(data?.id, data?.link, actor);
  }

  @RpcHandler('incubation.incubatees.activity')
  activity({ data, actor }: Req<'incubation.incubatees.activity'>): Promise<IncubateeView> {
    return this.placement.recordActivity(data?.id, data?.activity, actor);
  }

  @RpcHandler('incubation.incubatees.subsidy')
  subsidy({ data, actor }: Req<'incubation.incubatees.subsidy'>): Promise<IncubateeView> {
    return this.subsidies.request(data?.id, data?.subsidy, actor);
  }

  @RpcHandler('incubation.incubatees.unmask-subsidy-account')
  unmaskSubsidyAccount({
    data,
    actor,
  }: Req<'incubation.incubatees.unmask-subsidy-account'>): Promise<UnmaskedAccountView> {
    return this.accounts.unmask(data?.id, actor);
  }

  @RpcHandler('incubation.incubatees.withdraw-subsidy')
  withdrawSubsidy({
    data,
    actor,
  }: Req<'incubation.incubatees.withdraw-subsidy'>): Promise<IncubateeView> {
    return this.subsidies.withdraw(data?.id, data?.withdrawal, actor);
  }

  @RpcHandler('incubation.incubatees.graduate')
  graduate({ data, actor }: Req<'incubation.incubatees.graduate'>): Promise<IncubateeView> {
    return this.graduation.graduate(data?.id, data?.graduation, actor);
  }

  @RpcHandler('incubation.incubatees.exit')
  exit({ data, actor }: Req<'incubation.incubatees.exit'>): Promise<IncubateeView> {
    return this.graduation.exit(data?.id, data?.exit, actor);
  }
}
