import { randomUUID } from 'node:crypto';
import type { DecisionMadeV1 } from '@civic/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type DeliveryChannel,
  NotificationDelivery,
} from './entities/notification-delivery.entity';
import { Notification } from './entities/notification.entity';
import { channelsAvailable, NOTIFY_SETTINGS, type NotifySettings } from './notify-settings';

/** A user bound to the organization, with the channels they chose and can be reached by. */
interface Recipient {
  id: string;
  email: boolean;
  sms: boolean;
}

/**
 * The effect of a decision message (issue #18), in the inbox's transaction: every enabled user
 * bound to the organization gets one notification in the app, and an e-mail and a text queued by
 * the channels they chose, have an address or number for, and this server sends by. One
 * notification per user and decision (its business key), so a decision published twice, or a
 * message delivered twice past the inbox, tells nobody twice. The e-mail and text go out later,
 * from their delivery rows (DeliveryDispatcher), never inside this transaction.
 */
@Injectable()
export class DecisionNotifier {
  private readonly available: { email: boolean; sms: boolean };

  constructor(@Inject(NOTIFY_SETTINGS) settings: NotifySettings) {
    this.available = channelsAvailable(settings);
  }

  async notify(decision: DecisionMadeV1, manager: EntityManager): Promise<number> {
    const recipients = await this.recipients(manager, decision.organizationId);
    if (recipients.length === 0) return 0;
    const rows = recipients.map((user) => ({ ...this.notification(decision, user.id), user }));
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(rows.map(({ user: _user, ...row }) => row))
      .orIgnore()
      .returning(['id'])
      .execute();
    const fresh = new Set((inserted.raw as { id: string }[]).map((row) => row.id));
    const deliveries = rows
      .filter((row) => fresh.has(row.id))
      .flatMap((row) => this.channelsOf(row.user).map((channel) => delivery(row.id, channel)));
    if (deliveries.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(NotificationDelivery)
        .values(deliveries)
        .orIgnore()
        .execute();
    }
    return fresh.size;
  }

  /** Enabled users bound to the organization, with the channels they chose and can use. */
  private async recipients(manager: EntityManager, organizationId: string): Promise<Recipient[]> {
    const schema = manager.connection.driver.schema;
    return manager.query(
      `SELECT u.id,
              coalesce(p.email, false) AND c.email IS NOT NULL AS email,
              coalesce(p.sms, false) AND c.mobile_cipher IS NOT NULL AS sms
         FROM "${schema}".user_account u
         LEFT JOIN "${schema}".notification_preference p ON p.user_id = u.id
         LEFT JOIN "${schema}".user_contact c ON c.user_id = u.id
        WHERE u.organization_id = $1 AND NOT u.disabled
        ORDER BY u.id`,
      [organizationId],
    );
  }

  private channelsOf(user: Recipient): DeliveryChannel[] {
    return [
      ...(user.email && this.available.email ? (['EMAIL'] as const) : []),
      ...(user.sms && this.available.sms ? (['SMS'] as const) : []),
    ];
  }

  private notification(decision: DecisionMadeV1, userId: string) {
    return {
      id: randomUUID(),
      userId,
      decisionId: decision.decisionId,
      organizationId: decision.organizationId,
      programme: decision.programme,
      subjectType: decision.subjectType,
      subjectId: decision.subjectId,
      outcome: decision.outcome,
      titleZh: decision.title.zh,
      titleEn: decision.title.en,
      amountFen: decision.amountFen ?? null,
      reasonZh: decision.reason?.zh ?? null,
      reasonEn: decision.reason?.en ?? null,
      decidedAt: new Date(decision.decidedAt),
      link: decision.link,
      readAt: null,
    };
  }
}

function delivery(notificationId: string, channel: DeliveryChannel) {
  return { id: randomUUID(), notificationId, channel, status: 'PENDING' as const, attempts: 0 };
}
