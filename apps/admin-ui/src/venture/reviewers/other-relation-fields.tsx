import { Col, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../organizations/organization-select';
import { useRequired } from '../../common/use-required';

/**
 * The fields of another relation that could affect a fair review (OTHER, 财库〔2016〕198号 art. 16,
 * R18) on one line of the declaration: the organization (picked from the registry, or its name),
 * the person, or both; and what the relation is, in 2 to 200 characters. The API decides whether
 * enough is named; the form only asks for the description.
 */
export function OtherRelationFields({ name }: { name: number }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'organizationId']} label={t('venture.reviewers.organization')}>
          <OrganizationSelect allowClear />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={[name, 'organizationName']}
          label={t('venture.reviewers.organizationName')}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'personName']} label={t('venture.reviewers.otherPersonName')}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={[name, 'description']}
          label={t('venture.reviewers.description')}
          extra={t('venture.reviewers.descriptionHint')}
          rules={required}
        >
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Col>
    </>
  );
}
