import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../enum-options';
import { useRequired } from '../../common/use-required';

/** Name, category (R1), unified social credit code (R29), activity site (R4). */
export function BasicsSection() {
  const { t } = useTranslation();
  const required = useRequired();
  const categories = useEnumOptions('category');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('organizations.fields.name')} rules={required}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="category" label={t('organizations.fields.category')} rules={required}>
          <Select options={categories} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="uscc"
          label={t('organizations.fields.uscc')}
          extra={t('organizations.form.usccHint')}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="activitySite" label={t('organizations.fields.activitySite')}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
