import { InboxMessage } from '@civic/platform/messaging';
import { NotificationDelivery } from './entities/notification-delivery.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';
import { SimulatedSms } from './entities/simulated-sms.entity';
import { UserContact } from './entities/user-contact.entity';

/**
 * The notifications' tables in the gateway's schema (issue #18), with the inbox of the messages
 * it consumed (no outbox: the gateway publishes none).
 */
export const NOTIFICATION_ENTITIES = [
  Notification,
  NotificationDelivery,
  NotificationPreference,
  UserContact,
  SimulatedSms,
  InboxMessage,
];
