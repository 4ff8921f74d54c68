import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';

/** Leaders, each with whether they are a Party member (R10) and a resident ID (R30). */
export function LeadersSection() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.List name="leaders">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={16} key={field.key} align="top" data-testid="leader-row">
              <Col xs={24} md={6}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('organizations.leaders.name')}
                  rules={required}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item
                  name={[field.name, 'role']}
                  label={t('organizations.leaders.role')}
                  rules={required}
                >
                  <Input placeholder={t('organizations.form.leaderRolePlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item
                  name={[field.name, 'residentId']}
                  label={t('organizations.leaders.residentId')}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={3}>
                <Form.Item
                  name={[field.name, 'isPartyMember']}
                  label={t('organizations.leaders.isPartyMember')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
              <Col xs={12} md={3} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('organizations.form.removeLeader')}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ isPartyMember: false })}
          >
            {t('organizations.form.addLeader')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
