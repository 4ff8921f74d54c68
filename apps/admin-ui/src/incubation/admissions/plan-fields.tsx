import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../organizations/enum-options';
import { useRequired } from '../../common/use-required';

/** Whom the applicant serves (R7, a priority reason R13), what it will do, and a contact. */
export function PlanFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const groups = useEnumOptions('priorityGroup');
  const text = [...required, { whitespace: true, message: t('form.required') }];
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="servedGroups" label={t('organizations.fields.servedGroups')}>
          <Select mode="multiple" allowClear options={groups} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="plan" label={t('incubation.apply.plan')} rules={text}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="contactName" label={t('organizations.fields.contactName')} rules={text}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="contactPhone" label={t('organizations.fields.contactPhone')} rules={text}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
    </Row>
  );
}
