import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const DELIVERY_CHANNELS = ['EMAIL', 'SMS'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * One e-mail or text telling a user of a notification (issue #18): written with the notification,
 * in the inbox's transaction, then queued as a BullMQ job and sent with retries. Its status is the
 * record: a delivery that failed every try stays FAILED with the last error, never lost silently.
 */
@Entity('notification_delivery')
@Index('notification_delivery_once', ['notificationId', 'channel'], { unique: true })
@Index('notification_delivery_pending', ['createdAt'], { where: `status = 'PENDING'` })
export class NotificationDelivery {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  notificationId: string;

  @Column({ type: 'varchar', length: 10 })
  channel: DeliveryChannel;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** When the dispatcher last put it on the queue; null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
