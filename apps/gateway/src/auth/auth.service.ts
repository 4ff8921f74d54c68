import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AccessTokenView, CurrentUserView, RpcActor } from '@civic/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { UserAccount } from '../users/entities/user-account.entity';
import { claimsOf, toCurrentUser } from '../users/user.mapper';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';
import {
  accountLocked,
  badCredentials,
  badRefreshToken,
  secondFactorInvalid,
  secondFactorRequired,
} from './auth.errors';
import { Session } from './entities/session.entity';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from './password-hasher';
import { type SignInProof, SecondFactors } from './second-factor/second-factors';
import { SessionRevocations } from './session-revocations';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A new session: what the body answers, and the refresh token that goes in the cookie only (none
 * for an enrolment-only session: it cannot be renewed, only completed by the enrolment).
 */
export interface IssuedSession {
  view: AccessTokenView;
  refreshToken: string | null;
}

/** Login, refresh with rotation, logout. Passwords are argon2id; refresh tokens are kept hashed. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly revocations: SessionRevocations,
    private readonly secondFactors: SecondFactors,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  /**
   * Password, then the second factor where one is set up: a missing code is 401
   * SECOND_FACTOR_REQUIRED, a wrong, spent or replayed one 401 SECOND_FACTOR_INVALID, counted
   * toward the account lock like a wrong password. Roles that need a second factor without one
   * set up get an enrolment-only session.
   */
  async login(username: string, password: string, proof: SignInProof = {}): Promise<IssuedSession> {
    const user = await this.dataSource.manager.findOne(UserAccount, { where: { username } });
    if (user?.lockedUntil && user.lockedUntil > new Date()) throw accountLocked(user.lockedUntil);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || user.disabled) throw badCredentials();
    if (!ok) throw await this.failure(user, badCredentials());
    const factor = await this.secondFactors.atSignIn(user, proof);
    if (factor.kind === 'missing') throw secondFactorRequired();
    if (factor.kind === 'invalid') {
      throw await this.failure(user, secondFactorInvalid(factor.field, factor.replayed));
    }
    await this.attempts.recordSuccess(user);
    return this.dataSource.transaction((manager) =>
      this.openSession(manager, user, factor.kind === 'enrol'),
    );
  }

  /** Ends the enrolment-only (or earlier) session and opens a full one, with the recovery codes. */
  async completeEnrolment(actor: RpcActor, code: string) {
    const result = await this.dataSource.transaction(async (manager) => {
      const recoveryCodes = await this.secondFactors.confirm(manager, actor, code);
      const user = await manager.findOne(UserAccount, { where: { id: actor.userId } });
      if (!user || user.disabled) throw badCredentials();
      await this.markRevoked(manager, [actor.sessionId!], 'second-factor');
      return { session: await this.openSession(manager, user), recoveryCodes };
    });
    await this.revocations.revoke([actor.sessionId!]);
    return result;
  }

  /** Rotates the refresh token. A token presented after it was rotated ends every session of
   * its user: someone else has a copy. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    type Outcome =
      | { kind: 'rotated'; pair: IssuedSession; old: string }
      | { kind: 'reused'; ended: string[] }
      | null;
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      const session = await manager.findOne(Session, {
        where: { refreshHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) return null;
      if (session.revokedAt) {
        if (session.revokedReason === 'rotated') {
          return { kind: 'reused', ended: await this.revokeAll(manager, session.userId, 'reused') };
        }
        return null;
      }
      const user = await manager.findOne(UserAccount, { where: { id: session.userId } });
      if (session.expiresAt <= new Date() || !user || user.disabled) return null;
      await this.markRevoked(manager, [session.id], 'rotated');
      return { kind: 'rotated', pair: await this.openSession(manager, user), old: session.id };
    });
    if (!outcome) throw badRefreshToken();
    if (outcome.kind === 'reused') {
      await this.revocations.revoke(outcome.ended);
      throw badRefreshToken();
    }
    await this.revocations.revoke([outcome.old]);
    return outcome.pair;
  }

  async logout(sessionId: string): Promise<void> {
    await this.markRevoked(this.dataSource.manager, [sessionId], 'logout');
    await this.revocations.revoke([sessionId]);
  }

  async me(userId: string): Promise<CurrentUserView> {
    const user = await this.dataSource.manager.findOneOrFail(UserAccount, {
      where: { id: userId },
    });
    return toCurrentUser(user);
  }

  /** Ends every open session of a user (disabled, roles changed, refresh token reused). */
  async revokeAll(manager: EntityManager, userId: string, reason: string): Promise<string[]> {
    const open = await manager.find(Session, { where: { userId, revokedAt: IsNull() } });
    await this.markRevoked(
      manager,
      open.map((s) => s.id),
      reason,
    );
    return open.map((s) => s.id);
  }

  private async failure(user: UserAccount, refusal: Error): Promise<Error> {
    const lockedUntil = await this.attempts.recordFailure(user);
    return lockedUntil ? accountLocked(lockedUntil) : refusal;
  }

  private async openSession(
    manager: EntityManager,
    user: UserAccount,
    enrolOnly = false,
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const session = manager.create(Session, {
      id: randomUUID(),
      userId: user.id,
      refreshHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.settings.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      revokedReason: null,
    });
    await manager.save(session);
    const accessToken = await this.jwt.signAsync(claimsOf(user, session.id, enrolOnly), {
      expiresIn: this.settings.accessTokenTtlSeconds,
    });
    const view = {
      accessToken,
      expiresIn: this.settings.accessTokenTtlSeconds,
      user: toCurrentUser(user),
    };
    return enrolOnly
      ? { view: { ...view, enrolmentRequired: true }, refreshToken: null }
      : { view, refreshToken };
  }

  private async markRevoked(manager: EntityManager, ids: string[], reason: string) {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .whereInIds(ids)
      .andWhere('revoked_at IS NULL')
      .execute();
  }
}
