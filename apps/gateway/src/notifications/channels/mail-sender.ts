import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NOTIFY_SETTINGS, type NotifySettings } from '../notify-settings';
import { Unsendable } from './unsendable';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends notices by e-mail through the SMTP server of SMTP_URL (nodemailer). Without SMTP_URL the
 * channel is off: nothing is queued for it. Short timeouts, so a dead server fails the try and
 * the retry with backoff takes over rather than a job hanging.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport?: Transporter;
  private readonly from?: string;

  constructor(@Inject(NOTIFY_SETTINGS) settings: NotifySettings) {
    if (!settings.smtpUrl) return;
    this.from = settings.mailFrom;
    this.transport = createTransport({
      url: settings.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  get available(): boolean {
    return this.transport !== undefined;
  }

  /**
   * Sends one e-mail; the SMTP server's message id. A refusal for good (a 5xx reply: no such
   * mailbox) is Unsendable; anything else (4xx, a dead server) is thrown to be tried again.
   */
  async send(mail: OutgoingMail): Promise<string> {
    if (!this.transport) throw new Unsendable('e-mail is off: SMTP_URL is not set');
    try {
      const info = await this.transport.sendMail({ from: this.from, ...mail });
      return String(info.messageId ?? '');
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode ?? 0;
      if (code >= 500 && code < 600) throw new Unsendable((error as Error).message);
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
