import type { RpcActor, SecondFactorResetView } from '@civic/contracts';
import { secondFactorResetViolation } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { SecondFactors } from '../auth/second-factor/second-factors';
import { SessionRevocations } from '../auth/session-revocations';
import { UserAccount } from './entities/user-account.entity';

/**
 * An administrator's reset of the second factor of a user who lost both the authenticator app
 * and the recovery codes (issue #15): the secret and the codes are deleted, the user's sessions
 * end, and the reset is audited with its reason (R31), all in one transaction. Never one's own
 * (a second administrator must do it, R28's four eyes). At the next sign-in a user of a
 * second-factor role gets an enrolment-only session again.
 */
@Injectable()
export class SecondFactorResets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secondFactors: SecondFactors,
    private readonly auth: AuthService,
    private readonly revocations: SessionRevocations,
    private readonly audit: AuditTrail,
  ) {}

  async reset(id: string, reason: string, actor: RpcActor): Promise<SecondFactorResetView> {
    const own = secondFactorResetViolation(actor.userId, id);
    if (own) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'SECOND_FACTOR_RESET_OWN',
        message: own.message,
        violations: [own],
      });
    }
    const ended = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserAccount, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) {
        throw new NotFoundException({ statusCode: 404, message: `user ${id} does not exist` });
      }
      if (!(await this.secondFactors.reset(manager, id))) throw notEnrolled(user.username);
      const sessions = await this.auth.revokeAll(manager, id, 'second-factor-reset');
      await this.audit.record(manager, {
        actor,
        action: 'user.second-factor-reset',
        entityType: 'user',
        entityId: id,
        before: { secondFactor: 'totp' },
        after: { secondFactor: null, reason, sessionsEnded: sessions.length },
      });
      return sessions;
    });
    await this.revocations.revoke(ended);
    return { userId: id, sessionsEnded: ended.length };
  }
}

const notEnrolled = (username: string) =>
  new ConflictException({
    statusCode: 409,
    code: 'SECOND_FACTOR_NOT_ENROLLED',
    message: `${username} has no second factor set up: there is nothing to reset`,
  });
