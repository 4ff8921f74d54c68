import type { DecisionOutcome, NotificationLanguage, ProgrammeName } from '@civic/contracts';
import type { PersonalDataCipher } from '@civic/platform/pii';
import type { DataSource } from 'typeorm';
import type { MailSender } from '../channels/mail-sender';
import type { SmsGateway } from '../channels/sms-gateway';
import { Unsendable } from '../channels/unsendable';
import type { DeliveryChannel } from '../entities/notification-delivery.entity';
import { noticeText } from '../notice-text';

/** A delivery with what sending it needs, read again from Postgres at send time. */
interface Target {
  status: string;
  channel: DeliveryChannel;
  programme: ProgrammeName;
  outcome: DecisionOutcome;
  title_zh: string;
  title_en: string;
  amount_fen: string | null;
  reason_zh: string | null;
  reason_en: string | null;
  link: string;
  language: NotificationLanguage | null;
  email: string | null;
  mobile_cipher: string | null;
}

export type SendOutcome = 'sent' | 'skipped' | 'failed' | 'retry';

/**
 * Sends one delivery by its channel, in the user's language, to the address or number they have
 * now (the mobile opened from its seal only here, R30). The row's status is the guard: anything
 * but PENDING is left alone, so a job run twice sends once. A try that fails is counted with its
 * error; after the last (or at once when nothing could ever send it) the delivery is FAILED, on
 * record, and the error is rethrown before that so that BullMQ retries with backoff. Sending is
 * at least once: should recording SENT fail after the server took the message, the retry sends
 * it again (an SMTP server or SMS provider offers no idempotency key to prevent that).
 */
export class DeliverySender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailSender,
    private readonly sms: SmsGateway,
    private readonly cipher: PersonalDataCipher,
    private readonly uiBaseUrl: string,
  ) {}

  async send(deliveryId: string, lastTry: boolean): Promise<SendOutcome> {
    const target = await this.target(deliveryId);
    if (!target || target.status !== 'PENDING') return 'skipped';
    try {
      await this.deliver(target);
    } catch (error) {
      const final = lastTry || error instanceof Unsendable;
      await this.record(deliveryId, final ? 'FAILED' : 'PENDING', (error as Error).message);
      if (final) return 'failed';
      throw error;
    }
    await this.record(deliveryId, 'SENT', null);
    return 'sent';
  }

  private async deliver(target: Target): Promise<void> {
    const text = noticeText(
      {
        programme: target.programme,
        outcome: target.outcome,
        title: { zh: target.title_zh, en: target.title_en },
        amountFen: target.amount_fen === null ? null : Number(target.amount_fen),
        reason:
          target.reason_zh && target.reason_en
            ? { zh: target.reason_zh, en: target.reason_en }
            : null,
        link: target.link,
      },
      target.language ?? 'zh-CN',
      this.uiBaseUrl,
    );
    if (target.channel === 'EMAIL') {
      if (!this.mail.available) throw new Unsendable('e-mail is off: SMTP_URL is not set');
      if (!target.email) throw new Unsendable('the user has no e-mail address any more');
      await this.mail.send({ to: target.email, subject: text.subject, text: text.body });
      return;
    }
    if (!this.sms.available) throw new Unsendable('texts are off: SMS_GATEWAY=off');
    if (!target.mobile_cipher) throw new Unsendable('the user has no mobile number any more');
    await this.sms.send(this.cipher.decrypt(target.mobile_cipher), text.sms);
  }

  private async target(deliveryId: string): Promise<Target | undefined> {
    const schema = this.dataSource.driver.schema;
    const [row] = await this.dataSource.query(
      `SELECT d.status, d.channel, n.programme, n.outcome, n.title_zh, n.title_en, n.amount_fen,
              n.reason_zh, n.reason_en, n.link, p.language, c.email, c.mobile_cipher
         FROM "${schema}".notification_delivery d
         JOIN "${schema}".notification n ON n.id = d.notification_id
         LEFT JOIN "${schema}".notification_preference p ON p.user_id = n.user_id
         LEFT JOIN "${schema}".user_contact c ON c.user_id = n.user_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    return row;
  }

  private async record(deliveryId: string, status: string, error: string | null): Promise<void> {
    const schema = this.dataSource.driver.schema;
    await this.dataSource.query(
      `UPDATE "${schema}".notification_delivery
          SET status = $2::varchar, attempts = attempts + 1, last_error = $3,
              finished_at = CASE WHEN $2::varchar = 'PENDING' THEN NULL ELSE now() END
        WHERE id = $1 AND status = 'PENDING'`,
      [deliveryId, status, error === null ? null : error.slice(0, 500)],
    );
  }
}
