import { randomUUID } from 'node:crypto';
import { maskPhone } from '@civic/domain/identifiers';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SimulatedSms } from '../entities/simulated-sms.entity';
import { SmsGateway } from './sms-gateway';

/**
 * The SMS gateway until a provider is plugged in: each text is recorded in
 * gateway.simulated_sms with the number masked (R30), and logged, instead of being sent.
 */
@Injectable()
export class SimulatedSmsGateway extends SmsGateway {
  readonly available = true;
  private readonly logger = new Logger('SimulatedSms');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async send(mobile: string, text: string): Promise<string> {
    const id = randomUUID();
    const mobileMasked = maskPhone(mobile);
    await this.dataSource.getRepository(SimulatedSms).insert({ id, mobileMasked, text });
    this.logger.log(`simulated text to ${mobileMasked}: ${text}`);
    return id;
  }
}

/** SMS_GATEWAY=off: no texts; nothing is queued for the channel. */
export class NoSmsGateway extends SmsGateway {
  readonly available = false;

  send(): Promise<string> {
    return Promise.reject(new Error('texts are off: SMS_GATEWAY=off'));
  }
}
