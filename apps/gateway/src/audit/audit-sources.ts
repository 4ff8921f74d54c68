import {
  type AuditedService,
  type AuditEntryPage,
  auditSearchPattern,
  type AuditSearchQuery,
  type AuditVerificationView,
  auditVerifyPattern,
  type RpcActor,
} from '@civic/contracts';
import { AuditReader } from '@civic/platform/audit';
import { RpcClient } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { UserAccount } from '../users/entities/user-account.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where each service's audit chain is read (R31): the gateway's own here, every other service's
 * over RPC (`<service>.audit.search`, `.verify`), each checking audit.read itself. The gateway
 * owns the users, so it turns a username in the actor filter into that user's id, and names the
 * users who acted on a page (display names only: R30 masks nothing of staff names).
 */
@Injectable()
export class AuditSources {
  constructor(
    private readonly rpc: RpcClient,
    private readonly reader: AuditReader,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async search(
    service: AuditedService,
    query: AuditSearchQuery,
    actor: RpcActor,
  ): Promise<AuditEntryPage> {
    const asked = { ...query, ...(query.actor ? { actor: await this.actorId(query.actor) } : {}) };
    const page =
      service === 'gateway'
        ? await this.reader.search(asked, actor)
        : await this.rpc.call(auditSearchPattern(service), asked, actor);
    return { ...page, items: await this.named(page.items) };
  }

  verify(service: AuditedService, actor: RpcActor): Promise<AuditVerificationView> {
    return service === 'gateway'
      ? this.reader.verify(actor, service)
      : this.rpc.call(auditVerifyPattern(service), {}, actor);
  }

  /** A username's user id; anything else (an id, `system:finance`) as it was given. */
  private async actorId(actor: string): Promise<string> {
    if (UUID.test(actor)) return actor;
    const user = await this.users().findOne({ where: { username: actor }, select: { id: true } });
    return user?.id ?? actor;
  }

  private async named(items: AuditEntryPage['items']): Promise<AuditEntryPage['items']> {
    const ids = [...new Set(items.map((item) => item.actorId).filter((id) => UUID.test(id)))];
    if (ids.length === 0) return items;
    const users = await this.users().find({
      where: { id: In(ids) },
      select: { id: true, displayName: true },
    });
    const names = new Map(users.map((user) => [user.id, user.displayName]));
    return items.map((item) => {
      const actorName = names.get(item.actorId);
      return actorName ? { ...item, actorName } : item;
    });
  }

  private users() {
    return this.dataSource.getRepository(UserAccount);
  }
}
