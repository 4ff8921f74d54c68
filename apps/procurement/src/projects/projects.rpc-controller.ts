import type { PurchaseProjectPage, PurchaseProjectView, RpcEnvelope } from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ProjectsService } from './projects.service';

/** RPC entry points of purchase projects (R25); thin: the service authorizes and decides. */
@Controller()
@UseFilters(RpcErrorFilter)
export class ProjectsRpcController {
  constructor(private readonly projects: ProjectsService) {}

  @RpcHandler('procurement.projects.create')
  create({ data, actor }: RpcEnvelope<unknown>): Promise<PurchaseProjectView> {
    return this.projects.create(data, actor);
  }

  @RpcHandler('procurement.projects.announce')
  announce({
    data,
    actor,
  }: RpcEnvelope<{ id: string; body: unknown }>): Promise<PurchaseProjectView> {
    return this.projects.announce(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.projects.cancel')
  cancel({ data, actor }: RpcEnvelope<{ id: string }>): Promise<PurchaseProjectView> {
    return this.projects.cancel(data?.id, actor);
  }

  @RpcHandler('procurement.projects.set-form')
  setForm({
    data,
    actor,
  }: RpcEnvelope<{ id: string; form: unknown }>): Promise<PurchaseProjectView> {
    return this.projects.setForm(data?.id, data?.form, actor);
  }

  @RpcHandler('procurement.projects.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<PurchaseProjectView> {
    return this.projects.get(data?.id, actor);
  }

  @RpcHandler('procurement.projects.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<PurchaseProjectPage> {
    return this.projects.list(data, actor);
  }

  @RpcHandler('procurement.projects.announcements')
  announcements({ data }: RpcEnvelope<unknown>): Promise<PurchaseProjectPage> {
    return this.projects.announcements(data);
  }
}
