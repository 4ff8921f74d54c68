import type {
  FieldViolation,
  NotificationPreferencesView,
  UpdateNotificationPreferencesDto,
} from '@civic/contracts';
import { maskPhone, normalizePhone } from '@civic/domain/identifiers';
import { PersonalDataCipher } from '@civic/platform/pii';
import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationPreference } from './entities/notification-preference.entity';
import { UserContact } from './entities/user-contact.entity';
import { channelsAvailable, NOTIFY_SETTINGS, type NotifySettings } from './notify-settings';

/**
 * A user's own choice of channels, and the e-mail address and mobile number they need (issue
 * #18). The number is sealed at rest and shown masked (R30). Turning a channel on without an
 * address or number to send to is refused naming the field, and nothing is stored.
 */
@Injectable()
export class NotificationPreferencesService {
  private readonly available: { email: boolean; sms: boolean };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    @Inject(NOTIFY_SETTINGS) settings: NotifySettings,
  ) {
    this.available = channelsAvailable(settings);
  }

  async get(userId: string): Promise<NotificationPreferencesView> {
    const manager = this.dataSource.manager;
    const [preference, contact] = await Promise.all([
      manager.findOneBy(NotificationPreference, { userId }),
      manager.findOneBy(UserContact, { userId }),
    ]);
    return this.view(preference, contact);
  }

  async update(
    userId: string,
    input: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesView> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.contactOf(manager, userId);
      if (input.emailAddress !== undefined) contact.email = input.emailAddress;
      if (input.mobile === null) Object.assign(contact, { mobileCipher: null, mobileMasked: null });
      else if (input.mobile !== undefined) {
        const mobile = normalizePhone(input.mobile);
        contact.mobileCipher = this.cipher.encrypt(mobile);
        contact.mobileMasked = maskPhone(mobile);
      }
      refuse([
        ...(input.email && !contact.email
          ? [missing('emailAddress', 'an e-mail address', '电子邮箱')]
          : []),
        ...(input.sms && !contact.mobileCipher
          ? [missing('mobile', 'a mobile number', '手机号码')]
          : []),
      ]);
      const preference = manager.create(NotificationPreference, {
        userId,
        email: input.email,
        sms: input.sms,
        language:
          input.language ??
          (await manager.findOneBy(NotificationPreference, { userId }))?.language ??
          'zh-CN',
      });
      await manager.save(contact);
      await manager.save(preference);
      return this.view(preference, contact);
    });
  }

  private async contactOf(manager: EntityManager, userId: string): Promise<UserContact> {
    const found = await manager.findOne(UserContact, {
      where: { userId },
      lock: { mode: 'pessimistic_write' },
    });
    return (
      found ??
      manager.create(UserContact, { userId, email: null, mobileCipher: null, mobileMasked: null })
    );
  }

  private view(
    preference: NotificationPreference | null,
    contact: UserContact | null,
  ): NotificationPreferencesView {
    return {
      channels: { inApp: true, email: preference?.email ?? false, sms: preference?.sms ?? false },
      available: this.available,
      language: preference?.language ?? 'zh-CN',
      ...(contact?.email ? { emailAddress: contact.email } : {}),
      ...(contact?.mobileMasked ? { mobileMasked: contact.mobileMasked } : {}),
    };
  }
}

function missing(field: string, what: string, whatZh: string): FieldViolation {
  return {
    field,
    rule: 'requiredForChannel',
    message: `${field}: ${what} is needed to be told by this channel`,
    messageZh: `开启该通知方式须先填写${whatZh}`,
  };
}

function refuse(violations: FieldViolation[]): void {
  if (violations.length === 0) return;
  throw new UnprocessableEntityException({
    statusCode: 422,
    message: violations.map((v) => v.message).join('; '),
    violations,
  });
}
