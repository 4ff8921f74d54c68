import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** Who to call about the project, and the account the subsidy is paid to (lottery and venture). */
export function ContactSection() {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const item = (name: string | string[], label: string) => (
    <Col xs={24} md={8}>
      <Form.Item name={name} label={t(label)} rules={required}>
        <Input />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      {item('contactName', 'organizations.fields.contactName')}
      {item('contactPhone', 'organizations.fields.contactPhone')}
      <Col xs={0} md={8} />
      {item(['bankAccount', 'accountName'], 'organizations.custodian.accountName')}
      {item(['bankAccount', 'accountNumber'], 'organizations.custodian.accountNumber')}
      {item(['bankAccount', 'bankName'], 'organizations.custodian.bankName')}
    </Row>
  );
}
