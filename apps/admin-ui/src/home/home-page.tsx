import { Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-current-user';
import { PlainList } from '../common/plain-list';
import { menuFor } from '../layout/menu';
import { Bindings } from '../users/bindings';
import { WorkQueue } from './work-queue';

/**
 * The work waiting for the user first (issue #18), with links straight to it; below, folded away,
 * who they are (roles and bindings) and what they can do here.
 */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const links = menuFor(user).filter((entry) => entry.key !== 'home');
  const identity = (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={t('home.username')}>{user.username}</Descriptions.Item>
      <Descriptions.Item label={t('home.roles')}>
        {user.roles.map((role) => (
          <Tag key={role} color="blue">
            {t(`enums.role.${role}`)}
          </Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('home.bindings')}>
        <Bindings user={user} />
      </Descriptions.Item>
    </Descriptions>
  );
  const can = (
    <>
      <PlainList
        items={user.permissions}
        empty={t('home.nothing')}
        render={(permission) => t(`permissions.${permission}`)}
      />
      {links.length > 0 && (
        <Space wrap>
          {links.map((entry) => (
            <Link key={entry.key} to={entry.path}>
              {t(entry.label)}
            </Link>
          ))}
        </Space>
      )}
    </>
  );
  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Typography.Title level={3}>{t('home.welcome', { name: user.displayName })}</Typography.Title>
      <WorkQueue />
      <Collapse
        data-testid="home-identity"
        items={[
          { key: 'identity', label: t('home.identity'), children: identity },
          { key: 'can', label: t('home.can'), children: can },
        ]}
      />
    </Space>
  );
}
