import { randomUUID } from 'node:crypto';
import type { RpcActor, SecondFactorEnrolmentView } from '@civic/contracts';
import { normalizeRecoveryCode, requiresSecondFactor } from '@civic/domain/access';
import type { PersonalDataCipher } from '@civic/platform/pii';
import { AuditTrail } from '@civic/platform/audit';
import {
  ConflictException,
  Inject,
  Injectable,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { UserAccount } from '../../users/entities/user-account.entity';
import { RecoveryCode } from '../entities/recovery-code.entity';
import { SecondFactor } from '../entities/second-factor.entity';
import { newRecoveryCodes } from './recovery-codes';
import { SECOND_FACTOR_CIPHER } from './second-factor-cipher';
import { checkTotp, newTotpSecret, totpUri } from './totp';

export interface SignInProof {
  totp?: string;
  recoveryCode?: string;
}

/** What the second factor says about a sign-in whose password was right. */
export type SignInFactor =
  | { kind: 'none' } // none set up, and the roles need none
  | { kind: 'enrol' } // the roles need one and none is set up: an enrolment-only session
  | { kind: 'missing' }
  | { kind: 'invalid'; field: 'totp' | 'recoveryCode'; replayed: boolean }
  | { kind: 'passed' };

/**
 * TOTP second factors (RFC 6238) and their recovery codes. The secret is sealed with the R30
 * cipher under SECOND_FACTOR_KEY; recovery codes are kept as keyed hashes only. A code is
 * accepted once: the time step it matched is recorded, and that step and earlier ones are
 * refused afterwards (claimed atomically, so two racing sign-ins cannot both use it).
 */
@Injectable()
export class SecondFactors {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SECOND_FACTOR_CIPHER) private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  async atSignIn(user: UserAccount, proof: SignInProof): Promise<SignInFactor> {
    const factor = await this.dataSource.manager.findOne(SecondFactor, {
      where: { userId: user.id },
    });
    if (!factor?.confirmedAt) return { kind: requiresSecondFactor(user.roles) ? 'enrol' : 'none' };
    if (proof.totp) {
      const check = await checkTotp(this.secretOf(factor), proof.totp, lastStep(factor));
      if (check.kind === 'wrong') return { kind: 'invalid', field: 'totp', replayed: false };
      if (check.kind === 'replayed' || !(await this.claimStep(user.id, check.timeStep))) {
        return { kind: 'invalid', field: 'totp', replayed: true };
      }
      return { kind: 'passed' };
    }
    if (proof.recoveryCode) {
      return (await this.spendRecoveryCode(user.id, proof.recoveryCode))
        ? { kind: 'passed' }
        : { kind: 'invalid', field: 'recoveryCode', replayed: false };
    }
    return { kind: 'missing' };
  }

  /** A new secret for the user (replacing a pending one); 409 once one is confirmed. */
  async startEnrolment(user: RpcActor, username: string): Promise<SecondFactorEnrolmentView> {
    const secret = newTotpSecret();
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(SecondFactor, {
        where: { userId: user.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.confirmedAt) throw alreadyEnrolled();
      await manager.save(
        manager.create(SecondFactor, {
          userId: user.userId,
          secretCipher: this.cipher.encrypt(secret),
          confirmedAt: null,
          lastTimeStep: null,
        }),
      );
    });
    return { secret, otpauthUri: totpUri(secret, username) };
  }

  /**
   * Confirms the pending enrolment with a code of the app; returns ten new recovery codes, to be
   * shown once. Audited (R31). Runs in the caller's transaction (which opens the full session).
   */
  async confirm(manager: EntityManager, actor: RpcActor, code: string): Promise<string[]> {
    const factor = await manager.findOne(SecondFactor, {
      where: { userId: actor.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!factor) throw notStarted();
    if (factor.confirmedAt) throw alreadyEnrolled();
    const check = await checkTotp(this.secretOf(factor), code, lastStep(factor));
    if (check.kind !== 'valid') throw wrongConfirmationCode();
    Object.assign(factor, { confirmedAt: new Date(), lastTimeStep: String(check.timeStep) });
    await manager.save(factor);
    const codes = newRecoveryCodes();
    await manager.delete(RecoveryCode, { userId: actor.userId });
    await manager.insert(
      RecoveryCode,
      codes.map((c) => ({
        id: randomUUID(),
        userId: actor.userId,
        codeHash: this.hash(c),
        usedAt: null,
      })),
    );
    await this.audit.record(manager, {
      actor,
      action: 'user.second-factor-enrolled',
      entityType: 'user',
      entityId: actor.userId,
      before: null,
      after: { secondFactor: 'totp', recoveryCodes: codes.length },
    });
    return codes;
  }

  /**
   * Deletes the user's second factor and recovery codes (an administrator's reset, issue #15):
   * false when none was confirmed, and nothing is deleted. The caller audits it and ends the
   * user's sessions in the same transaction.
   */
  async reset(manager: EntityManager, userId: string): Promise<boolean> {
    const factor = await manager.findOne(SecondFactor, {
      where: { userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!factor?.confirmedAt) return false;
    await manager.delete(RecoveryCode, { userId });
    await manager.delete(SecondFactor, { userId });
    return true;
  }

  private async claimStep(userId: string, timeStep: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE "gateway".second_factor SET last_time_step = $2
        WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2)
        RETURNING user_id`,
      [userId, timeStep],
    );
    return rows.length === 1;
  }

  private async spendRecoveryCode(userId: string, code: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE "gateway".recovery_code SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
        RETURNING id`,
      [userId, this.hash(code)],
    );
    return rows.length === 1;
  }

  private secretOf(factor: SecondFactor): string {
    return this.cipher.decrypt(factor.secretCipher);
  }

  private hash(code: string): string {
    return this.cipher.lookupHash(normalizeRecoveryCode(code));
  }
}

const lastStep = (factor: SecondFactor) =>
  factor.lastTimeStep === null ? null : Number(factor.lastTimeStep);

const alreadyEnrolled = () =>
  new ConflictException({
    statusCode: 409,
    code: 'SECOND_FACTOR_ALREADY_ENROLLED',
    message: 'a second factor is set up already',
  });

const notStarted = () =>
  new ConflictException({
    statusCode: 409,
    code: 'SECOND_FACTOR_NOT_STARTED',
    message: 'start the enrolment first (POST /v1/auth/second-factor/enrolment)',
  });

const wrongConfirmationCode = () =>
  new UnprocessableEntityException({
    statusCode: 422,
    code: 'SECOND_FACTOR_INVALID',
    message: 'the code does not match the secret: check the clock of the device',
    violations: [{ field: 'code', rule: 'secondFactorValid', message: 'code is wrong' }],
  });
