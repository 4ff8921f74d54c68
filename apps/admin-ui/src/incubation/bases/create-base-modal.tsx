import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BaseView, CreateBaseDto } from '../../api/types';
import { FormModal } from '../../common/form-modal';
import { CountySelect } from '../../divisions/county-select';
import { useEnumOptions } from '../../organizations/enum-options';
import { useRequired } from '../../common/use-required';
import { trimmed } from '../form-values';
import { useCreateBase } from '../queries';

/** An officer sets up a base (R15): its level, the county it serves, address and contact. */
export function CreateBaseModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const levels = useEnumOptions('baseLevel');
  const text = (name: keyof CreateBaseDto, label: string) => (
    <Form.Item name={name} label={t(label)} rules={required}>
      <Input />
    </Form.Item>
  );
  return (
    <FormModal<CreateBaseDto, CreateBaseDto, BaseView>
      name="base"
      title={t('incubation.bases.create')}
      okText={t('incubation.bases.create')}
      mutation={useCreateBase()}
      toBody={trimmed}
      done={(base) => t('incubation.bases.created', { name: base.name })}
      onClose={onClose}
      initialValues={{ level: 'COUNTY' }}
    >
      {text('name', 'incubation.bases.name')}
      <Form.Item name="level" label={t('incubation.bases.level')} rules={required}>
        <Select options={levels} />
      </Form.Item>
      <Form.Item name="countyCode" label={t('incubation.bases.county')} rules={required}>
        <CountySelect />
      </Form.Item>
      {text('address', 'organizations.fields.address')}
      {text('contactName', 'organizations.fields.contactName')}
      {text('contactPhone', 'organizations.fields.contactPhone')}
    </FormModal>
  );
}
