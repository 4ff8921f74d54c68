import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';
import { trancheLabel } from '../labels';
import { percentsTotal, type TrancheRow } from './call-form-values';

const MAX_TRANCHES = 6;

/**
 * The tranche plan (R19): 50 % on signing, 30 % on the mid-term review and 20 % on the final
 * evaluation unless changed. The first tranche is paid on signing; the percents add up to 100.
 */
export function TrancheFields() {
  const { t, i18n } = useTranslation();
  const required = useRequired();
  const form = Form.useFormInstance();
  const tranches = Form.useWatch('tranches', form) as TrancheRow[] | undefined;
  const total = percentsTotal(tranches);
  const rules = [
    {
      validator: (_: unknown, rows?: TrancheRow[]) =>
        percentsTotal(rows) === 100
          ? Promise.resolve()
          : Promise.reject(
              new Error(t('venture.tranches.mustTotal', { total: percentsTotal(rows) })),
            ),
    },
  ];
  return (
    <Form.List name="tranches" rules={rules}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key} align="top" data-testid="tranche-row">
              <Col xs={10} md={8}>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('venture.tranches.key')}
                  rules={required}
                  extra={trancheLabel(tranches?.[index]?.key ?? '', i18n.language)}
                >
                  <Input maxLength={30} disabled={index === 0} />
                </Form.Item>
              </Col>
              <Col xs={10} md={6}>
                <Form.Item
                  name={[field.name, 'percent']}
                  label={t('venture.tranches.percent')}
                  rules={required}
                >
                  <InputNumber min={1} max={100} precision={0} suffix="%" className="full-width" />
                </Form.Item>
              </Col>
              <Col xs={4} md={2} className="leader-remove">
                <Button
                  icon={<DeleteOutlined />}
                  disabled={index === 0}
                  onClick={() => remove(field.name)}
                  aria-label={t('venture.tranches.remove')}
                />
              </Col>
            </Row>
          ))}
          <Row justify="space-between" align="middle">
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_TRANCHES}
              onClick={() => add({})}
            >
              {t('venture.tranches.add')}
            </Button>
            <Typography.Text
              strong
              type={total === 100 ? 'success' : 'danger'}
              data-testid="tranches-total"
            >
              {t('venture.tranches.total', { total })}
            </Typography.Text>
          </Row>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
