import { PersonalDataCipher } from '@civic/platform/pii';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MailSender } from '../channels/mail-sender';
import { SmsGateway } from '../channels/sms-gateway';
import { NOTIFY_SETTINGS, type NotifySettings } from '../notify-settings';
import { DeliveryRuntime } from './delivery-runtime';
import { DeliverySender } from './delivery-sender';

/** Starts the sending of e-mails and texts with the gateway, and stops it on shutdown. */
@Injectable()
export class DeliveriesLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runtime: DeliveryRuntime;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    mail: MailSender,
    sms: SmsGateway,
    cipher: PersonalDataCipher,
    @Inject(NOTIFY_SETTINGS) settings: NotifySettings,
  ) {
    const sender = new DeliverySender(dataSource, mail, sms, cipher, settings.uiBaseUrl);
    this.runtime = new DeliveryRuntime(dataSource, sender, settings, new Logger('Deliveries'));
  }

  onApplicationBootstrap(): void {
    this.runtime.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }
}
