import { ListUsersQuery, type UserView } from '@civic/contracts';
import { ROLE_LABELS_EN, ROLE_LABELS_ZH } from '@civic/domain/access';
import { columnsOf, exportQueryOf, filter, labels, listExport, regionName } from '../exports';

const ROLES = labels(ROLE_LABELS_ZH, ROLE_LABELS_EN);
const c = columnsOf<UserView>();

/** User accounts as Excel, for administrators (domain.md "Actors"; issue #18). */
export const USERS_EXPORT = listExport({
  file: 'users',
  title: { zh: '用户账号', en: 'User accounts' },
  query: ListUsersQuery,
  columns: [
    c.text('用户名', 'Username', (u) => u.username, 20),
    c.text('姓名', 'Name', (u) => u.displayName, 20),
    c.enum('角色', 'Roles', ROLES, (u) => u.roles, 30),
    c.text('所属街道（乡镇）', 'Street/township', (u) => regionName(u.streetCode), 14),
    c.boolean('已停用', 'Disabled', (u) => u.disabled),
    c.date('锁定至', 'Locked until', (u) => u.lockedUntil),
    c.integer('连续登录失败', 'Failed logins', (u) => u.failedLogins),
    c.date('创建时间', 'Created at', (u) => u.createdAt),
  ],
  filters: {
    role: filter('角色', 'Role', ROLES),
    q: filter('用户名或姓名包含', 'Username or name contains'),
  },
});

export class UsersExportQuery extends exportQueryOf(ListUsersQuery) {}
