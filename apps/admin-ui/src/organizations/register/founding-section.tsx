import { Col, Form, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FoundingEnumName, useFoundingOptions } from '../founding-options';

function FoundingSelect({ name, extra }: { name: FoundingEnumName; extra?: string }) {
  const { t } = useTranslation();
  const options = useFoundingOptions(name);
  return (
    <Form.Item name={name} label={t(`organizationFounding.fields.${name}`)} extra={extra}>
      <Select options={options} />
    </Form.Item>
  );
}

/** Who funded the organization, alone or jointly, and its field (R9); its legal form (R2). */
export function FoundingSection() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Typography.Paragraph type="secondary">
          {t('organizationFounding.hint')}
        </Typography.Paragraph>
      </Col>
      <Col xs={24} md={12}>
        <FoundingSelect name="fundingSource" />
      </Col>
      <Col xs={24} md={12}>
        <FoundingSelect name="foundingPartner" />
      </Col>
      <Col xs={24} md={12}>
        <FoundingSelect name="serviceField" />
      </Col>
      <Col xs={24} md={12}>
        <FoundingSelect name="legalForm" extra={t('organizationFounding.legalFormHint')} />
      </Col>
    </Row>
  );
}
