import type { NotificationLanguage } from '@civic/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A user's choice of how decisions about their organization reach them (issue #18). In the app
 * always; e-mail and SMS when chosen. A user without a row has the defaults: the app only, zh-CN.
 */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'boolean', default: false })
  email: boolean;

  @Column({ type: 'boolean', default: false })
  sms: boolean;

  @Column({ type: 'varchar', length: 10, default: 'zh-CN' })
  language: NotificationLanguage;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
