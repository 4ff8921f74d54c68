import { Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';

const C = (field: string) => ['financialCustodian', field];
const FIELDS = ['name', 'accountName', 'bankName', 'accountNumber'] as const;

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
      {hasCustodian &&
        FIELDS.map((field) => (
          <Col xs={24} md={12} key={field}>
            <Form.Item
              name={C(field)}
              label={t(`organizations.custodian.${field}`)}
              rules={required}
            >
              <Input />
            </Form.Item>
          </Col>
        ))}
    </Row>
  );
}
