import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { isOrganizationRelation, isOtherRelation } from '@civic/domain/venture';
import { Button, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../organizations/organization-select';
import { useRequired } from '../../common/use-required';
import { useVentureLabels } from '../labels';
import type { RelationKind } from '../types';
import { OtherRelationFields } from './other-relation-fields';

/**
 * The ties a reviewer declares (利害关系声明, R18), one a line: the kind; for a tie to an
 * organization, the organization (picked from the registry, or its name when it is not
 * registered here); for kinship, the relative and, for collateral kin, the generations; for
 * another relation that could affect a fair review, whom it is with and what it is; the dates.
 */
export function RelationFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const labels = useVentureLabels();
  const form = Form.useFormInstance();
  return (
    <>
      <Divider titlePlacement="start">{t('venture.reviewers.relations')}</Divider>
      <Form.List name="relations">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row
                gutter={12}
                key={field.key}
                align="top"
                className="venture-relation"
                data-testid="relation-row"
              >
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('venture.reviewers.kind')}
                    rules={required}
                  >
                    <Select options={labels.relationKindOptions()} />
                  </Form.Item>
                </Col>
                <Form.Item noStyle dependencies={[['relations', field.name, 'kind']]}>
                  {() => {
                    const kind: RelationKind | undefined = form.getFieldValue([
                      'relations',
                      field.name,
                      'kind',
                    ]);
                    if (!kind) return <Col xs={24} md={16} />;
                    if (isOtherRelation(kind)) return <OtherRelationFields name={field.name} />;
                    return isOrganizationRelation(kind) ? (
                      <>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[field.name, 'organizationId']}
                            label={t('venture.reviewers.organization')}
                          >
                            <OrganizationSelect allowClear />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[field.name, 'organizationName']}
                            label={t('venture.reviewers.organizationName')}
                          >
                            <Input maxLength={100} />
                          </Form.Item>
                        </Col>
                      </>
                    ) : (
                      <>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[field.name, 'personName']}
                            label={t('venture.reviewers.personName')}
                            rules={required}
                          >
                            <Input maxLength={50} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          {(kind === 'LINEAL_RELATIVE' || kind === 'COLLATERAL_RELATIVE') && (
                            <Form.Item
                              name={[field.name, 'generations']}
                              label={t('venture.reviewers.generations')}
                              rules={kind === 'COLLATERAL_RELATIVE' ? required : []}
                            >
                              <InputNumber min={1} max={10} precision={0} className="full-width" />
                            </Form.Item>
                          )}
                        </Col>
                      </>
                    );
                  }}
                </Form.Item>
                <Col xs={10} md={8}>
                  <Form.Item
                    name={[field.name, 'from']}
                    label={t('venture.reviewers.from')}
                    rules={required}
                  >
                    <DatePicker className="full-width" />
                  </Form.Item>
                </Col>
                <Col xs={10} md={8}>
                  <Form.Item name={[field.name, 'to']} label={t('venture.reviewers.to')}>
                    <DatePicker className="full-width" />
                  </Form.Item>
                </Col>
                <Col xs={4} md={8} className="leader-remove">
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('venture.reviewers.removeRelation')}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-relation"
              onClick={() => add({})}
            >
              {t('venture.reviewers.addRelation')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
