import { MessagingModule } from '@civic/platform/messaging';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { GatewayInbox } from '../gateway.inbox';
import { MailSender } from './channels/mail-sender';
import { SmsGateway } from './channels/sms-gateway';
import { NoSmsGateway, SimulatedSmsGateway } from './channels/simulated-sms-gateway';
import { DeliveriesLifecycle } from './deliveries/deliveries.lifecycle';
import { DecisionNotifier } from './decision-notifier';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import type { NotificationsEnv } from './notifications.env';
import { NotificationsService } from './notifications.service';
import { NOTIFY_SETTINGS, notifySettingsFrom } from './notify-settings';

/** The settings and the decision notifier, for the inbox (imported by the messaging module). */
@Module({})
class NotifierModule {
  static forRoot(env: NotificationsEnv): DynamicModule {
    return {
      module: NotifierModule,
      providers: [
        { provide: NOTIFY_SETTINGS, useValue: notifySettingsFrom(env) },
        DecisionNotifier,
      ],
      exports: [NOTIFY_SETTINGS, DecisionNotifier],
    };
  }
}

/**
 * Notifications of decisions about the user's organization (issue #18): the gateway's inbox of
 * the programmes' decisions (it consumes, and publishes nothing: no outbox relay), the user's
 * notifications and preferences under /v1/me, and the sending of e-mails (nodemailer) and texts
 * (an SmsGateway, simulated by default) as BullMQ jobs with retries.
 */
@Module({})
export class NotificationsModule {
  static forRoot(env: NotificationsEnv): DynamicModule {
    const notifier = NotifierModule.forRoot(env);
    return {
      module: NotificationsModule,
      imports: [
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        notifier,
        MessagingModule.forService(
          {
            producer: 'gateway',
            redisUrl: env.REDIS_URL,
            prefix: env.CIVIC_PREFIX,
            batchSize: 100,
            pollMs: 1000,
            confirmEveryMs: 1000,
            inboxConcurrency: 8,
            stalledIntervalMs: 30_000,
            relay: false,
          },
          { provider: GatewayInbox, imports: [notifier] },
        ),
      ],
      controllers: [NotificationsController],
      providers: [
        NotificationsService,
        NotificationPreferencesService,
        MailSender,
        {
          provide: SmsGateway,
          useClass: env.SMS_GATEWAY === 'off' ? NoSmsGateway : SimulatedSmsGateway,
        },
        DeliveriesLifecycle,
      ],
    };
  }
}
