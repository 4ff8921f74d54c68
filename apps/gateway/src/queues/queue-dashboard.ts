import { QUEUES, type QueueName } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { bullQueueName, createRedis } from '@civic/platform/messaging';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AUTH_SETTINGS, type AuthSettings } from '../auth/auth-settings';
import { SessionRevocations } from '../auth/session-revocations';
import { type DashboardAction, dashboardAction } from './dashboard-actions';
import {
  DASHBOARD_COOKIE,
  DASHBOARD_PATH,
  DashboardTickets,
  type TicketClaims,
} from './dashboard-ticket';

export const QUEUE_DASHBOARD_SETTINGS = Symbol('QUEUE_DASHBOARD_SETTINGS');

export interface QueueDashboardSettings {
  redisUrl: string;
  prefix: string;
}

type Refusal = { status: number; code: string; message: string; messageZh: string };

/**
 * The queue dashboard (issue #20): bull-board over every queue of the platform, at
 * `/api/admin/queues`, for administrators only. A browser reaches it with a ticket cookie
 * (POST /api/v1/admin/queue-dashboard/ticket); each request checks the ticket, that its session
 * has not ended and that its user is an administrator. Reading is free; of the changes only
 * retrying and removing failed jobs pass (dashboard-actions.ts), each from our own page only
 * (same origin), and each is written to the gateway's audit chain before it is carried out (R31).
 */
@Injectable()
export class QueueDashboard implements OnApplicationShutdown {
  readonly tickets: DashboardTickets;
  private readonly connection: Redis;
  private readonly queues: Map<string, Queue>;
  private readonly board: Router;

  constructor(
    @Inject(QUEUE_DASHBOARD_SETTINGS) settings: QueueDashboardSettings,
    @Inject(AUTH_SETTINGS) auth: AuthSettings,
    private readonly revocations: SessionRevocations,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.tickets = new DashboardTickets(auth.dashboardKey);
    this.connection = createRedis(settings.redisUrl, 'gateway:queue-dashboard');
    this.queues = new Map(
      (Object.keys(QUEUES) as QueueName[]).map((name) => [
        bullQueueName(name),
        new Queue(bullQueueName(name), { connection: this.connection, prefix: settings.prefix }),
      ]),
    );
    const server = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: [...this.queues.values()].map((queue) => new BullMQAdapter(queue)),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: '消息队列 · Queues' } },
    });
    this.board = server.getRouter() as Router;
  }

  /** The Express handler mounted at DASHBOARD_PATH: the guard, then bull-board. */
  handler() {
    return (request: Request, response: Response, next: NextFunction) => {
      this.admit(request)
        .then((refusal) => {
          if (refusal) {
            response
              .status(refusal.status)
              .json({ statusCode: refusal.status, ...refusal, status: undefined });
            return;
          }
          this.board(request, response, next);
        })
        .catch(next);
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  /** Undefined when the request may go on to bull-board; the refusal otherwise. */
  private async admit(request: Request): Promise<Refusal | undefined> {
    const claims = this.tickets.verify(
      (request.cookies as Record<string, unknown>)?.[DASHBOARD_COOKIE],
    );
    if (!claims) return NO_TICKET;
    if (await this.revocations.isRevoked(claims.sid)) return NO_TICKET;
    if (!claims.roles.includes(Role.ADMINISTRATOR)) return NOT_ADMINISTRATOR;
    const action = dashboardAction(request.method, request.path);
    if (action.kind === 'read') return undefined;
    if (!sameOrigin(request)) return CROSS_SITE;
    if (action.kind === 'refused') return NOT_FROM_DASHBOARD;
    const queue = this.queues.get(action.queue);
    if (!queue) return NOT_FROM_DASHBOARD;
    return this.record(claims, action, queue);
  }

  /** Writes the change to the audit chain before bull-board carries it out; failed jobs only. */
  private async record(
    claims: TicketClaims,
    action: Exclude<DashboardAction, { kind: 'read' | 'refused' }>,
    queue: Queue,
  ): Promise<Refusal | undefined> {
    let before: unknown = { failed: await queue.getJobCountByTypes('failed') };
    if (action.kind !== 'failed.retried') {
      const job = await queue.getJob(action.jobId);
      if (!job || (await job.getState()) !== 'failed') return ONLY_FAILED;
      before = { name: job.name, attemptsMade: job.attemptsMade, failedReason: job.failedReason };
    }
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actor: { userId: claims.sub, roles: claims.roles },
        action: `queue-dashboard.${action.kind}`,
        entityType: 'queue-job',
        entityId:
          action.kind === 'failed.retried' ? action.queue : `${action.queue}/${action.jobId}`,
        before,
      }),
    );
    return undefined;
  }
}

/** A change must come from our own page: the browser says so (Sec-Fetch-Site), or its Origin does. */
function sameOrigin(request: Request): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin === `${request.protocol}://${request.headers.host}`;
}

const NO_TICKET: Refusal = {
  status: 401,
  code: 'DASHBOARD_TICKET_MISSING',
  message: 'open the queue dashboard from the admin UI: no valid ticket, or its session has ended',
  messageZh: '请从管理界面打开消息队列面板：缺少有效凭证，或会话已结束',
};
const NOT_ADMINISTRATOR: Refusal = {
  status: 403,
  code: 'ROLE_NOT_ALLOWED',
  message: 'the queue dashboard is for administrators',
  messageZh: '消息队列面板仅限系统管理员',
};
const CROSS_SITE: Refusal = {
  status: 403,
  code: 'CROSS_SITE_REQUEST',
  message: 'a change to a queue must come from the dashboard page itself',
  messageZh: '队列变更须来自面板页面本身',
};
const NOT_FROM_DASHBOARD: Refusal = {
  status: 403,
  code: 'QUEUE_CHANGE_NOT_ALLOWED',
  message:
    'the dashboard may retry or remove failed jobs only: a message added or changed by hand could move money no programme decided',
  messageZh: '面板仅可重试或移除失败的任务：手工添加或修改的消息可能导致未经决定的资金变动',
};
const ONLY_FAILED: Refusal = {
  status: 409,
  code: 'JOB_NOT_FAILED',
  message: 'only a job that failed every attempt may be retried or removed here',
  messageZh: '仅可重试或移除已用尽重试次数的失败任务',
};
