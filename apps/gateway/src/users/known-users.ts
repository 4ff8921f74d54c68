import { fieldLabelZh } from '@civic/contracts';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserAccount } from './entities/user-account.entity';

/**
 * The gateway owns users; the services only hold their ids. A request that names a user a service
 * will keep (a reviewer in the pool, R18) is checked here first: a user the gateway does not hold
 * is refused with 422 naming the field, and nothing reaches the service.
 */
@Injectable()
export class KnownUsers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertExists(userId: string, field = 'userId'): Promise<void> {
    if (await this.dataSource.manager.existsBy(UserAccount, { id: userId })) return;
    const message = `${field} names no user: ${userId} does not exist`;
    throw new UnprocessableEntityException({
      statusCode: 422,
      code: 'UNKNOWN_USER',
      message,
      violations: [
        {
          field,
          rule: 'userExists',
          message,
          messageZh: `${fieldLabelZh(field)}所指的用户不存在：${userId}`,
        },
      ],
    });
  }
}
