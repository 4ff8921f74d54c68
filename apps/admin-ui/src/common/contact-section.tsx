import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PayeeAccountFields } from './payee-account-fields';

/** Who to call about the project, and the account the subsidy is paid to (lottery and venture). */
export function ContactSection() {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactName"
          label={t('organizations.fields.contactName')}
          rules={required}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="contactPhone"
          label={t('organizations.fields.contactPhone')}
          rules={required}
          extra={t('bank.phoneHelp')}
        >
          <Input inputMode="tel" />
        </Form.Item>
      </Col>
      <Col xs={0} md={8} />
      <PayeeAccountFields prefix={['bankAccount']} />
    </Row>
  );
}
