import { Col, DatePicker, Form, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../organization-select';
import { useRequired } from '../../common/use-required';

/** Registered funds (R2, entered in yuan, sent in fen: R26), members, federation, activity (R5). */
export function ScaleSection() {
  const { t } = useTranslation();
  const required = useRequired();
  const isFederation = Form.useWatch('isFederation');
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="registeredFundsYuan"
          label={t('organizations.fields.registeredFunds')}
          rules={required}
        >
          <InputNumber<string>
            stringMode
            precision={2}
            suffix={t('common.yuanUnit')}
            className="full-width"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="memberCount"
          label={t('organizations.fields.memberCount')}
          rules={required}
        >
          <InputNumber precision={0} className="full-width" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="isFederation"
          label={t('organizations.fields.isFederation')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      {isFederation && (
        <Col xs={24}>
          <Form.Item
            name="memberOrganizationIds"
            label={t('organizations.fields.memberOrganizations')}
          >
            <OrganizationSelect mode="multiple" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24}>
        <Form.Item
          name="activityMonths"
          label={t('organizations.fields.activityMonths')}
          extra={t('organizations.form.activityMonthsHint')}
        >
          <DatePicker picker="month" multiple className="full-width" />
        </Form.Item>
      </Col>
    </Row>
  );
}
