import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';

const P = (field: string) => ['postalAddress', field];

/** Every organization stays reachable by post, even on a shared site (R4). */
export function PostalSection() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item name={P('address')} label={t('organizations.fields.address')} rules={required}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={P('postcode')} label={t('organizations.fields.postcode')} rules={required}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={P('contactName')}
          label={t('organizations.fields.contactName')}
          rules={required}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={P('contactPhone')}
          label={t('organizations.fields.contactPhone')}
          rules={required}
        >
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
