import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizations } from './queries';

/** Picks organizations by searching their names in the registry (the API's first page). */
export function OrganizationSelect(props: Omit<SelectProps<string | string[]>, 'options'>) {
  const { t } = useTranslation();
  const [q, setQ] = useState<string>();
  const list = useOrganizations({ q, page: 1, pageSize: 20 });
  return (
    <Select<string | string[]>
      placeholder={t('organizations.form.searchOrganization')}
      {...props}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim() || undefined) }}
      loading={list.isFetching}
      options={(list.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}
