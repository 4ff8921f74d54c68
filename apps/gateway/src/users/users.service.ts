import { randomUUID } from 'node:crypto';
import type {
  CreateUserDto,
  ListUsersQuery,
  Page,
  RpcActor,
  UpdateUserDto,
  UserView,
} from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionRevocations } from '../auth/session-revocations';
import { UserAccount } from './entities/user-account.entity';
import { bindingViolations } from './role-bindings';
import { auditedUser, toUserView } from './user.mapper';

/** Administrators manage users and roles; every change is audited (R31). */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    private readonly revocations: SessionRevocations,
    private readonly audit: AuditTrail,
  ) {}

  async create(input: CreateUserDto, actor: RpcActor): Promise<UserView> {
    rejectViolations(bindingViolations(input.roles, input));
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(UserAccount, { where: { username: input.username } })) {
        throw new ConflictException({
          statusCode: 409,
          message: `username ${input.username} is taken`,
          violations: [{ field: 'username', rule: 'unique', message: 'username is taken' }],
        });
      }
      const user = await manager.save(
        manager.create(UserAccount, {
          id: randomUUID(),
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          roles: input.roles,
          organizationId: input.organizationId ?? null,
          baseId: input.baseId ?? null,
          streetCode: input.streetCode ?? null,
        }),
      );
      await this.record(manager, actor, 'user.created', null, user);
      return toUserView(user);
    });
  }

  async update(id: string, changes: UpdateUserDto, actor: RpcActor): Promise<UserView> {
    const passwordHash = changes.password ? await this.hasher.hash(changes.password) : undefined;
    const { result, ended } = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserAccount, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user)
        throw new NotFoundException({ statusCode: 404, message: `user ${id} does not exist` });
      const before = { ...user };
      applyChanges(user, changes, passwordHash);
      rejectViolations([...bindingViolations(user.roles, user), ...selfLockout(user, actor)]);
      const saved = await manager.save(user);
      await this.record(manager, actor, 'user.changed', before, saved);
      const endsSessions = Boolean(
        passwordHash ||
        changes.disabled ||
        changes.roles ||
        'organizationId' in changes ||
        'baseId' in changes ||
        'streetCode' in changes,
      );
      const ended = endsSessions ? await this.auth.revokeAll(manager, id, 'user-changed') : [];
      return { result: toUserView(saved), ended };
    });
    await this.revocations.revoke(ended);
    return result;
  }

  async get(id: string): Promise<UserView> {
    const user = await this.dataSource.manager.findOne(UserAccount, { where: { id } });
    if (!user)
      throw new NotFoundException({ statusCode: 404, message: `user ${id} does not exist` });
    return toUserView(user);
  }

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource.manager
      .createQueryBuilder(UserAccount, 'u')
      .orderBy('u.username', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.q) {
      qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    const [items, total] = await qb.getManyAndCount();
    return { items: items.map(toUserView), total, page, pageSize };
  }

  private record(
    manager: EntityManager,
    actor: RpcActor,
    action: string,
    before: UserAccount | null,
    after: UserAccount,
  ) {
    return this.audit.record(manager, {
      actor,
      action,
      entityType: 'user',
      entityId: after.id,
      before: before ? auditedUser(before) : null,
      after: auditedUser(after),
    });
  }
}

function applyChanges(user: UserAccount, changes: UpdateUserDto, passwordHash?: string) {
  if (changes.displayName !== undefined) user.displayName = changes.displayName;
  if (changes.roles !== undefined) user.roles = changes.roles;
  if ('organizationId' in changes) user.organizationId = changes.organizationId ?? null;
  if ('baseId' in changes) user.baseId = changes.baseId ?? null;
  if ('streetCode' in changes) user.streetCode = changes.streetCode ?? null;
  if (changes.disabled !== undefined) user.disabled = changes.disabled;
  if (changes.unlock) Object.assign(user, { lockedUntil: null, failedLogins: 0 });
  if (passwordHash) user.passwordHash = passwordHash;
}

/** An administrator cannot disable themself or drop their own administrator role. */
function selfLockout(user: UserAccount, actor: RpcActor) {
  if (user.id !== actor.userId) return [];
  const violations = [];
  if (user.disabled) {
    violations.push({ field: 'disabled', rule: 'notSelf', message: 'you cannot disable yourself' });
  }
  if (!user.roles.includes(Role.ADMINISTRATOR)) {
    violations.push({
      field: 'roles',
      rule: 'notSelf',
      message: 'you cannot remove your own administrator role',
    });
  }
  return violations;
}

function rejectViolations(violations: { field: string; rule: string; message: string }[]) {
  if (violations.length === 0) return;
  throw new UnprocessableEntityException({
    statusCode: 422,
    message: violations.map((v) => v.message).join('; '),
    violations,
  });
}
