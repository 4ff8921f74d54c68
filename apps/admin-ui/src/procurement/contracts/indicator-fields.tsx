import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FULL, type IndicatorRow, indicatorsWeight, MAX_INDICATORS } from './sign-values';

/**
 * The performance indicators the contract holds (绩效指标, R25), one a line: a name, its target
 * in words and its weight in whole points. The weights must add up to 100 (each evaluation's
 * total is out of 100): the running total shows as it is typed, and the form is not sent until
 * it does.
 */
export function IndicatorFields() {
  const { t } = useTranslation();
  const textRule = [{ required: true, whitespace: true, message: t('form.required') }];
  const form = Form.useFormInstance();
  const rows = Form.useWatch('indicators', form) as IndicatorRow[] | undefined;
  const total = indicatorsWeight(rows);
  const rules = [
    {
      validator: (_: unknown, list?: IndicatorRow[]) =>
        indicatorsWeight(list) === FULL
          ? Promise.resolve()
          : Promise.reject(
              new Error(
                t('procurement.contracts.sign.weightsMustTotal', { total: indicatorsWeight(list) }),
              ),
            ),
    },
  ];
  return (
    <Form.List name="indicators" rules={rules}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Row gutter={8} key={field.key} align="top" data-testid="indicator-row">
              <Col xs={24} md={6}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('procurement.contracts.sign.indicatorName')}
                  rules={textRule}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name={[field.name, 'target']}
                  label={t('procurement.contracts.sign.indicatorTarget')}
                  rules={textRule}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={18} md={3}>
                <Form.Item
                  name={[field.name, 'weight']}
                  label={t('procurement.contracts.sign.indicatorWeight')}
                  rules={[{ required: true, message: t('form.required') }]}
                >
                  <InputNumber min={1} max={100} precision={0} className="full-width" />
                </Form.Item>
              </Col>
              <Col xs={6} md={3} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('procurement.contracts.sign.removeIndicator')}
                />
              </Col>
            </Row>
          ))}
          <Row justify="space-between" align="middle" gutter={[8, 8]}>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-indicator"
              disabled={fields.length >= MAX_INDICATORS}
              onClick={() => add({})}
            >
              {t('procurement.contracts.sign.addIndicator')}
            </Button>
            <Typography.Text
              strong
              type={total === FULL ? 'success' : 'danger'}
              data-testid="indicator-weights"
              data-total={total}
            >
              {t('procurement.contracts.sign.weightsTotal', { total })}
            </Typography.Text>
          </Row>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
