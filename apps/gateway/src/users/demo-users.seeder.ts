import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { UserAccount } from './entities/user-account.entity';

export const DEMO_USERS_ENABLED = Symbol('DEMO_USERS_ENABLED');

/** With `DEMO_USERS=true`, makes sure one demo user per role exists (and leaves them otherwise). */
@Injectable()
export class DemoUsersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoUsersSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    @Inject(DEMO_USERS_ENABLED) private readonly enabled: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserAccount)
      .values(
        DEMO_USERS.map((demo) => ({
          id: randomUUID(),
          username: demo.username,
          displayName: demo.displayName,
          passwordHash,
          roles: [demo.role],
          organizationId: null,
          baseId: demo.baseId ?? null,
          streetCode: demo.streetCode ?? null,
        })),
      )
      .orIgnore()
      .execute();
    this.logger.log(`demo users: ${result.identifiers.filter(Boolean).length} created`);
  }
}
