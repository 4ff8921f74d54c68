import {
  NOTIFICATION_PAGE_SIZE,
  type NotificationPageView,
  type NotificationsQuery,
  type NotificationsReadView,
  type NotificationView,
  pageWindow,
} from '@civic/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Notification } from './entities/notification.entity';

/** A user's own notifications (issue #18): nobody reads or marks another's. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, query: NotificationsQuery): Promise<NotificationPageView> {
    const { page, pageSize, skip, take } = pageWindow(query, NOTIFICATION_PAGE_SIZE);
    // One snapshot for the page, its total and its unread count: a notification stored between
    // the statements would otherwise be counted in the total but missing from the page.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const unreadFirst = (query.order ?? 'unread-first') === 'unread-first';
      const schema = this.dataSource.driver.schema;
      const ids: { id: string }[] = await manager.query(
        `SELECT id FROM "${schema}".notification WHERE user_id = $1
        ORDER BY ${unreadFirst ? '(read_at IS NULL) DESC,' : ''} created_at DESC, id DESC
        OFFSET $2 LIMIT $3`,
        [userId, skip, take],
      );
      const rows = await manager.findBy(Notification, { id: In(ids.map((row) => row.id)) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return {
        items: ids.map((row) => notificationView(byId.get(row.id)!)),
        total: await manager.countBy(Notification, { userId }),
        page,
        pageSize,
        unread: await this.unread(manager, userId),
      };
    });
  }

  /** Marks one of the user's own notifications read; another's is not found (404). */
  async read(userId: string, id: string): Promise<NotificationView> {
    const manager = this.dataSource.manager;
    const found = await manager.findOneBy(Notification, { id, userId });
    if (!found) {
      throw new NotFoundException({
        statusCode: 404,
        message: `notification ${id} does not exist`,
        messageZh: `通知 ${id} 不存在`,
      });
    }
    if (!found.readAt) {
      await manager.update(Notification, { id, userId, readAt: IsNull() }, { readAt: new Date() });
    }
    return notificationView(await manager.findOneByOrFail(Notification, { id }));
  }

  async readAll(userId: string): Promise<NotificationsReadView> {
    const manager = this.dataSource.manager;
    const result = await manager.update(
      Notification,
      { userId, readAt: IsNull() },
      { readAt: new Date() },
    );
    return { marked: result.affected ?? 0, unread: await this.unread(manager, userId) };
  }

  private unread(manager: EntityManager, userId: string): Promise<number> {
    return manager.countBy(Notification, { userId, readAt: IsNull() });
  }
}

export function notificationView(n: Notification): NotificationView {
  return {
    id: n.id,
    programme: n.programme,
    outcome: n.outcome,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    title: { zh: n.titleZh, en: n.titleEn },
    ...(n.amountFen !== null ? { amountFen: n.amountFen } : {}),
    ...(n.reasonZh && n.reasonEn ? { reason: { zh: n.reasonZh, en: n.reasonEn } } : {}),
    decidedAt: n.decidedAt.toISOString(),
    link: n.link,
    ...(n.readAt ? { readAt: n.readAt.toISOString() } : {}),
    createdAt: n.createdAt.toISOString(),
  };
}
