import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';
import { type CriterionRow, criteriaWeight, WEIGHT_TOTAL } from './project-values';

/** The most criteria an announcement names (R25). */
const MAX_CRITERIA = 20;

/**
 * The evaluation criteria announced with the project (R25), one a line: a key, the name in
 * Chinese and in English, the weight, the full score, whether the panel scores it or it is the
 * price (computed from the bids), and whether it is a tilt factor (R12: only as announced). The
 * weights must add up to 100: the running total shows as it is typed, and the form is not sent
 * until it does.
 */
export function CriteriaFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance();
  const criteria = Form.useWatch('criteria', form) as CriterionRow[] | undefined;
  const total = criteriaWeight(criteria);
  const kinds = (['PANEL', 'PRICE'] as const).map((kind) => ({
    value: kind,
    label: t(`procurement.projects.criterionKinds.${kind}`),
  }));
  const rules = [
    {
      validator: (_: unknown, rows?: CriterionRow[]) =>
        criteriaWeight(rows) === WEIGHT_TOTAL
          ? Promise.resolve()
          : Promise.reject(
              new Error(
                t('procurement.projects.weightsMustTotal', { total: criteriaWeight(rows) }),
              ),
            ),
    },
  ];
  return (
    <Form.List name="criteria" rules={rules}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Row gutter={8} key={field.key} align="top" data-testid="criterion-row">
              <Col xs={12} md={3}>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('procurement.projects.criterionKey')}
                  rules={required}
                >
                  <Input maxLength={30} placeholder="plan" />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item
                  name={[field.name, 'nameZh']}
                  label={t('procurement.projects.criterionNameZh')}
                  rules={required}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('procurement.projects.criterionName')}
                  rules={required}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={6} md={3}>
                <Form.Item
                  name={[field.name, 'weight']}
                  label={t('procurement.projects.weight')}
                  rules={required}
                >
                  <InputNumber min={1} max={100} precision={0} className="full-width" />
                </Form.Item>
              </Col>
              <Col xs={6} md={3}>
                <Form.Item
                  name={[field.name, 'max']}
                  label={t('procurement.projects.max')}
                  rules={required}
                >
                  <InputNumber min={1} max={100} precision={0} className="full-width" />
                </Form.Item>
              </Col>
              <Col xs={12} md={3}>
                <Form.Item
                  name={[field.name, 'kind']}
                  label={t('procurement.projects.criterionKind')}
                >
                  <Select options={kinds} />
                </Form.Item>
              </Col>
              <Col xs={8} md={2}>
                <Form.Item
                  name={[field.name, 'tilt']}
                  label={t('procurement.projects.tilt')}
                  valuePropName="checked"
                  tooltip={t('procurement.projects.tiltHelp')}
                >
                  <Checkbox />
                </Form.Item>
              </Col>
              <Col xs={4} md={2} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('procurement.projects.removeCriterion')}
                />
              </Col>
            </Row>
          ))}
          <Row justify="space-between" align="middle">
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-criterion"
              disabled={fields.length >= MAX_CRITERIA}
              onClick={() => add({ max: 100, kind: 'PANEL', tilt: false })}
            >
              {t('procurement.projects.addCriterion')}
            </Button>
            <Typography.Text
              strong
              type={total === WEIGHT_TOTAL ? 'success' : 'danger'}
              data-testid="weights-total"
              data-total={total}
            >
              {t('procurement.projects.weightsTotal', { total, expected: WEIGHT_TOTAL })}
            </Typography.Text>
          </Row>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
