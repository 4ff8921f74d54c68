import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrentUserView } from '../api/types';
import { StreetName } from '../divisions/street-name';
import { BaseName } from '../incubation/base-select';
import { OrganizationName } from '../organizations/organization-name';

/**
 * The organization, incubation base or street/township a user's roles are bound to; `compact`
 * for a table cell.
 */
export function Bindings({ user, compact }: { user: CurrentUserView; compact?: boolean }) {
  const { t } = useTranslation();
  const items = [
    user.organizationId && {
      key: 'organization',
      label: t('home.organization'),
      children: <OrganizationName id={user.organizationId} />,
    },
    user.baseId && { key: 'base', label: t('home.base'), children: <BaseName id={user.baseId} /> },
    user.streetCode && {
      key: 'street',
      label: t('home.street'),
      children: <StreetName code={user.streetCode} />,
    },
  ].filter((item) => !!item);
  if (items.length === 0) {
    return (
      <Typography.Text type="secondary">
        {t(compact ? 'common.none' : 'home.noBindings')}
      </Typography.Text>
    );
  }
  if (!compact) return <Descriptions size="small" column={1} items={items} />;
  return (
    <Space orientation="vertical" size={4}>
      {items.map((item) => (
        <span key={item.key}>
          <Tag>{item.label}</Tag>
          {item.children}
        </span>
      ))}
    </Space>
  );
}
