import type {
  DirectoryEntryView,
  DirectoryPage,
  PublicDirectoryPage,
  RpcEnvelope,
  RpcPattern,
  RpcRequestOf,
  UnmaskedPhoneView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { DirectoryContactUnmaskService } from './contact-unmask.service';
import { DirectoryQueries } from './directory.queries';
import { DirectoryService } from './directory.service';

type Req<P extends RpcPattern> = RpcEnvelope<RpcRequestOf<P>>;

/** RPC entry points of the undertaker directory (R24, R25); thin: the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class DirectoryRpcController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly queries: DirectoryQueries,
    private readonly contacts: DirectoryContactUnmaskService,
  ) {}

  @RpcHandler('procurement.directory.apply')
  apply({ data, actor }: RpcEnvelope<unknown>): Promise<DirectoryEntryView> {
    return this.directory.apply(data, actor);
  }

  @RpcHandler('procurement.directory.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<DirectoryPage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('procurement.directory.get')
  get({ data, actor }: Req<'procurement.directory.get'>): Promise<DirectoryEntryView> {
    return this.queries.get(data?.id, actor);
  }

  @RpcHandler('procurement.directory.unmask-contact')
  unmaskContact({
    data,
    actor,
  }: Req<'procurement.directory.unmask-contact'>): Promise<UnmaskedPhoneView> {
    return this.contacts.unmask(data?.id, actor);
  }

  @RpcHandler('procurement.directory.decide')
  decide({ data, actor }: Req<'procurement.directory.decide'>): Promise<DirectoryEntryView> {
    return this.directory.decide(data?.id, data?.decision, actor);
  }

  @RpcHandler('procurement.directory.public')
  published({ data }: RpcEnvelope<unknown>): Promise<PublicDirectoryPage> {
    return this.queries.published(data);
  }
}
