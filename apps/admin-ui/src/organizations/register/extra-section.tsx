import { Checkbox, Col, Form, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../enum-options';

/** Groups served (R7), a rural founder's background (R8), government functions (R12). */
export function ExtraSection() {
  const { t } = useTranslation();
  const groups = useEnumOptions('priorityGroup');
  const backgrounds = useEnumOptions('founderBackground');
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="servedGroups" label={t('organizations.fields.servedGroups')}>
          <Checkbox.Group options={groups} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="founderBackground" label={t('organizations.fields.founderBackground')}>
          <Select allowClear options={backgrounds} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="takesGovernmentFunctions"
          label={t('organizations.fields.takesGovernmentFunctions')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
