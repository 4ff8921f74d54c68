import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { RUBRIC_LIMITS } from '@civic/domain/venture';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';
import { type CriterionRow, WEIGHT_TOTAL, weightsTotal } from './call-form-values';

/**
 * The scoring rubric (评分细则, R17), one criterion a line: a key, a name, a weight and the full
 * score. The weights must add up to 100: the sum shows as it is typed, and the form is not sent
 * until it does.
 */
export function RubricFields() {
  const { t } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance();
  const rubric = Form.useWatch('rubric', form) as CriterionRow[] | undefined;
  const total = weightsTotal(rubric);
  const rules = [
    {
      validator: (_: unknown, rows?: CriterionRow[]) =>
        weightsTotal(rows) === WEIGHT_TOTAL
          ? Promise.resolve()
          : Promise.reject(new Error(t('venture.rubric.mustTotal', { total: weightsTotal(rows) }))),
    },
  ];
  return (
    <Form.List name="rubric" rules={rules}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Row gutter={12} key={field.key} align="top" data-testid="criterion-row">
              <Col xs={12} md={5}>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('venture.rubric.key')}
                  rules={required}
                >
                  <Input maxLength={30} placeholder="need" />
                </Form.Item>
              </Col>
              <Col xs={12} md={9}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('venture.rubric.name')}
                  rules={required}
                >
                  <Input maxLength={RUBRIC_LIMITS.maxNameLength} />
                </Form.Item>
              </Col>
              <Col xs={10} md={4}>
                <Form.Item
                  name={[field.name, 'weight']}
                  label={t('venture.rubric.weight')}
                  rules={required}
                >
                  <InputNumber min={1} max={100} precision={0} className="full-width" />
                </Form.Item>
              </Col>
              <Col xs={10} md={4}>
                <Form.Item
                  name={[field.name, 'scaleMax']}
                  label={t('venture.rubric.scaleMax')}
                  rules={required}
                >
                  <InputNumber
                    min={1}
                    max={RUBRIC_LIMITS.maxScale}
                    precision={0}
                    className="full-width"
                  />
                </Form.Item>
              </Col>
              <Col xs={4} md={2} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('venture.rubric.remove')}
                />
              </Col>
            </Row>
          ))}
          <Row justify="space-between" align="middle">
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-criterion"
              disabled={fields.length >= RUBRIC_LIMITS.maxCriteria}
              onClick={() => add({ scaleMax: 10 })}
            >
              {t('venture.rubric.add')}
            </Button>
            <Typography.Text
              strong
              type={total === WEIGHT_TOTAL ? 'success' : 'danger'}
              data-testid="weights-total"
              data-total={total}
            >
              {t('venture.rubric.total', { total, expected: WEIGHT_TOTAL })}
            </Typography.Text>
          </Row>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
