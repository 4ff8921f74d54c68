import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../organizations/enum-options';

/** How many people of each priority group (R7) the project serves; each group once. */
export function BeneficiariesSection() {
  const { t } = useTranslation();
  const groups = useEnumOptions('priorityGroup');
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form.List name="beneficiaries">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={16} key={field.key} align="top" data-testid="beneficiary-row">
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
              <Col xs={6} md={3} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('lottery.apply.removeGroup')}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('lottery.apply.addGroup')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
