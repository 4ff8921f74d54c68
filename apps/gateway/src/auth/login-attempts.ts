import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserAccount } from '../users/entities/user-account.entity';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';

/**
 * Counts failed logins in the database (atomically, so parallel guesses all count) and locks the
 * account for a while after too many in a row. A successful login resets the count.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  /** Returns the lock's end when this failure locked the account. */
  async recordFailure(user: UserAccount): Promise<Date | null> {
    // TypeORM answers an UPDATE … RETURNING on Postgres with [rows, rowCount].
    const [rows]: [{ locked_until: Date | null }[], number] = await this.dataSource.query(
      `UPDATE "gateway".user_account
          SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
              locked_until = CASE WHEN failed_logins + 1 >= $2
                                  THEN now() + make_interval(secs => $3) ELSE locked_until END
        WHERE id = $1
        RETURNING locked_until`,
      [user.id, this.settings.maxFailures, this.settings.lockSeconds],
    );
    const lockedUntil = rows[0]?.locked_until;
    return lockedUntil && lockedUntil > new Date() ? lockedUntil : null;
  }

  async recordSuccess(user: UserAccount): Promise<void> {
    if (user.failedLogins === 0 && user.lockedUntil === null) return;
    await this.dataSource.manager.update(
      UserAccount,
      { id: user.id },
      { failedLogins: 0, lockedUntil: null },
    );
  }
}
