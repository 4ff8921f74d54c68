import { randomUUID } from 'node:crypto';
import type { DecisionMadeV1, MessageEnvelope } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { createScratchDatabase, dataSourceOptions, migrateSchema } from '@civic/platform/database';
import {
  bullQueueName,
  createRedis,
  type HandleOutcome,
  InboxWorker,
} from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { TEST_PII_KEY, testPrefix, testRedisUrl, testServerUrl, waitFor } from '@civic/testing';
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { GATEWAY_DATABASE } from '../src/database';
import { GatewayInbox } from '../src/gateway.inbox';
import { MailSender } from '../src/notifications/channels/mail-sender';
import { SimulatedSmsGateway } from '../src/notifications/channels/simulated-sms-gateway';
import { DecisionNotifier } from '../src/notifications/decision-notifier';
import { DeliveryRuntime } from '../src/notifications/deliveries/delivery-runtime';
import { DeliverySender } from '../src/notifications/deliveries/delivery-sender';
import type { NotifySettings } from '../src/notifications/notify-settings';
import { UserAccount } from '../src/users/entities/user-account.entity';
import { startSmtpSink } from './smtp-sink';

jest.setTimeout(120_000);

const UI = 'https://grants.example.gov.cn';
const ORG_A = randomUUID();
const ORG_B = randomUUID();
const MOBILE = '13800771234';
const QUIET = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The gateway's inbox of decisions (issue #18), on the real Postgres and Redis, with e-mail sent
 * to a real SMTP server on loopback and texts to the simulated SMS gateway: a message delivered
 * twice has one effect, each user's channels are honoured, and a delivery that fails every try is
 * recorded as failed.
 */
describe('notifications of decisions: inbox → notification → e-mail and SMS', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let inbox: InboxWorker;
  let runtime: DeliveryRuntime;
  let queue: Queue;
  let events: QueueEvents;
  const connections: Redis[] = [];
  const cipher = new PersonalDataCipher(TEST_PII_KEY, 'k1');
  const users: Record<string, string> = {};

  beforeAll(async () => {
    database = await createScratchDatabase(testServerUrl(), 'gateway');
    dataSource = await new DataSource(
      dataSourceOptions(GATEWAY_DATABASE, database.url),
    ).initialize();
    await migrateSchema(dataSource);
    sink = await startSmtpSink({ refuse: /^bounce@/, deferOnce: /^busy@/ });
    const prefix = testPrefix('ntf');
    const settings: NotifySettings = {
      smtpUrl: sink.url,
      mailFrom: '社区社会组织培育平台 <noreply@civic.test>',
      sms: 'simulated',
      uiBaseUrl: UI,
      attempts: 2,
      backoffMs: 20,
      redisUrl: testRedisUrl(),
      prefix,
    };
    await addUser('alice', ORG_A, {
      email: 'alice@example.org',
      mobile: MOBILE,
      on: ['email', 'sms'],
    });
    await addUser('bob', ORG_A, {});
    await addUser('carol', ORG_A, { email: 'bounce@example.org', on: ['email'], language: 'en' });
    await addUser('gina', ORG_A, { email: 'busy@example.org', on: ['email'] });
    await addUser('frank', ORG_A, { email: 'frank@example.org', mobile: '13900001111', on: [] });
    await addUser('dave', ORG_A, { email: 'dave@example.org', on: ['email'], disabled: true });
    await addUser('erin', ORG_B, { email: 'erin@example.org', on: ['email'] });
    const connect = () => {
      const redis = createRedis(testRedisUrl(), 'notifications-test');
      connections.push(redis);
      return redis;
    };
    inbox = new InboxWorker(dataSource, new GatewayInbox(new DecisionNotifier(settings)).binding());
    inbox.start(connect(), { prefix, concurrency: 4, stalledIntervalMs: 30_000 });
    queue = new Queue(bullQueueName('gateway.inbox'), { connection: connect(), prefix });
    events = new QueueEvents(bullQueueName('gateway.inbox'), { connection: connect(), prefix });
    await events.waitUntilReady();
    const sender = new DeliverySender(
      dataSource,
      new MailSender(settings),
      new SimulatedSmsGateway(dataSource),
      cipher,
      UI,
    );
    runtime = new DeliveryRuntime(dataSource, sender, { ...settings, pollMs: 50 }, QUIET);
    runtime.start();
  });

  afterAll(async () => {
    await runtime?.stop();
    await inbox?.close();
    await events?.close();
    await queue?.close();
    await Promise.all(connections.map((redis) => redis.quit()));
    await sink?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  async function addUser(
    username: string,
    organizationId: string,
    contact: {
      email?: string;
      mobile?: string;
      on?: ('email' | 'sms')[];
      language?: 'zh-CN' | 'en';
      disabled?: boolean;
    },
  ) {
    const id = randomUUID();
    users[username] = id;
    await dataSource.getRepository(UserAccount).insert({
      id,
      username,
      displayName: username,
      passwordHash: 'not-used',
      roles: [Role.APPLICANT],
      organizationId,
      disabled: contact.disabled ?? false,
    });
    if (contact.email || contact.mobile) {
      await dataSource.query(
        `INSERT INTO gateway.user_contact (user_id, email, mobile_cipher, mobile_masked)
         VALUES ($1, $2, $3, $4)`,
        [
          id,
          contact.email ?? null,
          contact.mobile ? cipher.encrypt(contact.mobile) : null,
          contact.mobile ? `${contact.mobile.slice(0, 3)}****${contact.mobile.slice(7)}` : null,
        ],
      );
    }
    if (contact.on) {
      await dataSource.query(
        `INSERT INTO gateway.notification_preference (user_id, email, sms, language)
         VALUES ($1, $2, $3, $4)`,
        [id, contact.on.includes('email'), contact.on.includes('sms'), contact.language ?? 'zh-CN'],
      );
    }
  }

  const decision = (overrides: Partial<DecisionMadeV1> = {}): DecisionMadeV1 => ({
    decisionId: `lottery-fund:subsidy-application:${randomUUID()}:APPROVED`,
    organizationId: ORG_A,
    programme: 'lottery-fund',
    subjectType: 'subsidy-application',
    subjectId: randomUUID(),
    outcome: 'APPROVED',
    title: { zh: '社区长者助餐服务', en: 'Meals for elders' },
    amountFen: 5_000_000,
    decidedAt: new Date().toISOString(),
    link: '/lottery/applications',
    ...overrides,
  });

  /** Delivers a message through the gateway's BullMQ inbox queue; what the inbox made of it. */
  async function deliver(payload: DecisionMadeV1, id = randomUUID()): Promise<HandleOutcome> {
    const envelope: MessageEnvelope<'lottery-fund.decision-made.v1'> = {
      id,
      name: 'lottery-fund.decision-made.v1',
      producer: 'lottery-fund',
      occurredAt: new Date().toISOString(),
      payload,
    };
    const job = await queue.add(envelope.name, envelope, { jobId: id, removeOnComplete: true });
    return (await job.waitUntilFinished(events, 30_000)) as HandleOutcome;
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await dataSource.query(sql, params))[0].count);
  const settled = () =>
    waitFor(
      'every delivery sent or failed',
      () => count(`SELECT count(*) FROM gateway.notification_delivery WHERE status = 'PENDING'`),
      (pending) => pending === 0,
    );
  const notificationsOf = (username: string) =>
    count(`SELECT count(*) FROM gateway.notification WHERE user_id = $1`, [users[username]]);
  const deliveriesOf = async (username: string) =>
    (
      await dataSource.query(
        `SELECT d.channel, d.status, d.attempts, d.last_error
           FROM gateway.notification_delivery d JOIN gateway.notification n ON n.id = d.notification_id
          WHERE n.user_id = $1 ORDER BY d.channel`,
        [users[username]],
      )
    ).map(
      (d: { channel: string; status: string; attempts: number; last_error: string | null }) => ({
        channel: d.channel,
        status: d.status,
        attempts: d.attempts,
        lastError: d.last_error,
      }),
    );

  it('a message delivered twice, and a decision published twice, make one notification per user, one e-mail and one text', async () => {
    const approved = decision();
    const messageId = randomUUID();
    expect(await deliver(approved, messageId)).toBe('handled');
    // Redelivered (a retry, Redis lost it and the relay published again): the inbox knows it.
    expect(await deliver(approved, messageId)).toBe('duplicate');
    // The same decision in a new message (published twice): its business key is known.
    expect(await deliver(approved)).toBe('handled');
    await settled();
    for (const user of ['alice', 'bob', 'carol', 'frank', 'gina']) {
      expect(await notificationsOf(user)).toBe(1);
    }
    // A disabled user and a user of another organization are told nothing.
    expect(await notificationsOf('dave')).toBe(0);
    expect(await notificationsOf('erin')).toBe(0);
    expect(await deliveriesOf('alice')).toEqual([
      { channel: 'EMAIL', status: 'SENT', attempts: 1, lastError: null },
      { channel: 'SMS', status: 'SENT', attempts: 1, lastError: null },
    ]);
    // In the app only: no channel chosen (bob), or contacts kept with the channels off (frank).
    expect(await deliveriesOf('bob')).toEqual([]);
    expect(await deliveriesOf('frank')).toEqual([]);

    expect(sink.received.filter((m) => m.to.includes('alice@example.org'))).toHaveLength(1);
    const mail = sink.received.find((m) => m.to.includes('alice@example.org'))!;
    expect(mail.from).toBe('noreply@civic.test');
    expect(mail.subject).toBe(
      '【社区社会组织培育平台】彩票公益金：申请已获批准（社区长者助餐服务）',
    );
    expect(mail.text).toContain('金额：50,000.00 元');
    expect(mail.text).toContain(`${UI}/lottery/applications`);

    const texts = await dataSource.query(`SELECT mobile_masked, text FROM gateway.simulated_sms`);
    expect(texts).toEqual([
      {
        mobile_masked: '138****1234',
        text: `【社区社会组织培育平台】彩票公益金“社区长者助餐服务”申请已获批准。详情：${UI}/lottery/applications`,
      },
    ]);
  });

  it('tries again after a passing refusal (451), and records a refusal for good (550) as FAILED with its error', async () => {
    expect(await deliveriesOf('gina')).toEqual([
      { channel: 'EMAIL', status: 'SENT', attempts: 2, lastError: null },
    ]);
    expect(sink.received.filter((m) => m.to.includes('busy@example.org'))).toHaveLength(1);
    const [carol] = await deliveriesOf('carol');
    expect(carol).toMatchObject({ channel: 'EMAIL', status: 'FAILED', attempts: 1 });
    expect(carol.lastError).toMatch(/550 mailbox unavailable/);
    expect(sink.received.filter((m) => m.to.includes('bounce@example.org'))).toEqual([]);
  });

  it('R30: keeps the mobile number sealed at rest; only the masked form is in the clear', async () => {
    const [row] = await dataSource.query(
      `SELECT c::text AS whole FROM gateway.user_contact c WHERE user_id = $1`,
      [users.alice],
    );
    expect(row.whole).not.toContain(MOBILE);
    const texts = await dataSource.query(`SELECT t::text AS whole FROM gateway.simulated_sms t`);
    expect(texts.map((t: { whole: string }) => t.whole).join()).not.toContain(MOBILE);
  });

  it('honours a channel turned off: nothing is sent by it, the others still are', async () => {
    await dataSource.query(
      `UPDATE gateway.notification_preference SET email = false WHERE user_id = $1`,
      [users.alice],
    );
    const before = sink.received.length;
    const paid = decision({
      decisionId: `lottery-fund:payment:${randomUUID()}:PAID`,
      subjectType: 'payment',
      outcome: 'PAID',
    });
    expect(await deliver(paid)).toBe('handled');
    await settled();
    expect(await notificationsOf('alice')).toBe(2);
    const alice = await deliveriesOf('alice');
    expect(alice.filter((d: { channel: string }) => d.channel === 'EMAIL')).toHaveLength(1);
    expect(alice.filter((d: { channel: string }) => d.channel === 'SMS')).toHaveLength(2);
    expect(sink.received.filter((m) => m.to.includes('alice@example.org'))).toHaveLength(1);
    // Only gina's e-mail of the payment arrived (carol's was refused again).
    expect(sink.received.length).toBe(before + 1);
    const texts = await count(
      `SELECT count(*) FROM gateway.simulated_sms WHERE text LIKE '%款项已支付%'`,
    );
    expect(texts).toBe(1);
  });
});
