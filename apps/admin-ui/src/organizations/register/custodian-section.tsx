import { Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { PayeeAccountFields } from '../../common/payee-account-fields';
import { useRequired } from '../../common/use-required';

/** An optional financial custodian, who keeps the accounts and receives payments (R3). */
export function CustodianSection() {
  const { t } = useTranslation();
  const required = useRequired();
  const hasCustodian = Form.useWatch('hasCustodian');
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          name="hasCustodian"
          label={t('organizations.form.hasCustodian')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      {hasCustodian && (
        <>
          <Col xs={24} md={12}>
            <Form.Item
              name={['financialCustodian', 'name']}
              label={t('organizations.custodian.name')}
              rules={required}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={0} md={12} />
          <PayeeAccountFields prefix={['financialCustodian']} />
        </>
      )}
    </Row>
  );
}
