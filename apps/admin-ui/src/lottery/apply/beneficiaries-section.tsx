import { Col, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormListRows } from '../../common/form-list-rows';
import { useEnumOptions } from '../../organizations/enum-options';

/** How many people of each priority group (R7) the project serves; each group once. */
export function BeneficiariesSection() {
  const { t } = useTranslation();
  const groups = useEnumOptions('priorityGroup');
  const required = [{ required: true, message: t('form.required') }];
  return (
    <FormListRows
      name="beneficiaries"
      rowTestId="beneficiary-row"
      addLabel={t('lottery.apply.addGroup')}
      removeLabel={t('lottery.apply.removeGroup')}
    >
      {(field) => (
        <>
          <Col xs={24} md={14}>
            <Form.Item
              name={[field.name, 'group']}
              label={t('lottery.apply.group')}
              rules={required}
            >
              <Select options={groups} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={18} md={7}>
            <Form.Item
              name={[field.name, 'count']}
              label={t('lottery.apply.count')}
              rules={required}
            >
              <InputNumber min={1} precision={0} className="full-width" />
            </Form.Item>
          </Col>
        </>
      )}
    </FormListRows>
  );
}
