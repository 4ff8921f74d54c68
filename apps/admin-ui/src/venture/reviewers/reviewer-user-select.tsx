import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';
import { useUsers } from '../../users/queries';

/**
 * The reviewer's sign-in account, searched among users with the reviewer role (only an
 * administrator may list users); picking one fills in the name when it is still empty.
 */
export function ReviewerUserSelect() {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance();
  const [q, setQ] = useState<string>();
  const users = useUsers({ role: 'reviewer', q, page: 1, pageSize: 20 });
  const items = users.data?.items ?? [];
  return (
    <Form.Item name="userId" label={t('venture.reviewers.user')} rules={required}>
      <Select
        placeholder={t('venture.reviewers.searchUser')}
        showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim() || undefined) }}
        loading={users.isFetching}
        options={items.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
        onChange={(id: string) => {
          const user = items.find((u) => u.id === id);
          if (user && !form.getFieldValue('name')) form.setFieldValue('name', user.displayName);
        }}
      />
    </Form.Item>
  );
}
