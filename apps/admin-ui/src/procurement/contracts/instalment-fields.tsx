import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequired } from '../../common/use-required';
import { useYuan } from '../../common/use-yuan';
import { yuanRules } from '../../common/yuan-input';
import { useProcurementLabel } from '../public/labels';
import { INSTALMENT_TRIGGERS } from './contract-types';
import {
  amountsTotalFen,
  FULL,
  type InstalmentBasis,
  type InstalmentRow,
  MAX_INSTALMENTS,
  percentsTotal,
} from './sign-values';

/**
 * The instalment schedule over the awarded price (R25, R26; Order 102 art. 23–24), one a line:
 * its key, what releases it (signing, monitoring, then the final evaluation last) and its whole
 * percent of the amount or its amount in yuan, all the same way. The running total shows as it
 * is typed; percents must add up to 100 before the form is sent, amounts the API checks.
 */
export function InstalmentFields({ amountFen }: { amountFen?: number }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const required = useRequired();
  const form = Form.useFormInstance();
  const basis = (Form.useWatch('basis', form) as InstalmentBasis | undefined) ?? 'PERCENT';
  const rows = Form.useWatch('instalments', form) as InstalmentRow[] | undefined;
  const byPercent = basis === 'PERCENT';
  const percents = percentsTotal(rows);
  const rules = [
    {
      validator: (_: unknown, list?: InstalmentRow[]) =>
        !byPercent || percentsTotal(list) === FULL
          ? Promise.resolve()
          : Promise.reject(
              new Error(
                t('procurement.contracts.sign.percentsMustTotal', { total: percentsTotal(list) }),
              ),
            ),
    },
  ];
  const triggers = INSTALMENT_TRIGGERS.map((value) => ({ value, label: label('trigger', value) }));
  return (
    <>
      <Form.Item name="basis" label={t('procurement.contracts.sign.basis')}>
        <Radio.Group
          options={(['PERCENT', 'AMOUNT'] as const).map((value) => ({
            value,
            label: t(`procurement.contracts.sign.bases.${value}`),
          }))}
        />
      </Form.Item>
      <Form.List name="instalments" rules={rules}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="top" data-testid="instalment-row">
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'key']}
                    label={t('procurement.contracts.sign.instalmentKey')}
                    rules={required}
                  >
                    <Input maxLength={30} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    name={[field.name, 'trigger']}
                    label={t('procurement.contracts.sign.trigger')}
                    rules={required}
                  >
                    <Select options={triggers} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={7}>
                  {byPercent ? (
                    <Form.Item
                      name={[field.name, 'percent']}
                      label={t('procurement.contracts.sign.percent')}
                      rules={required}
                    >
                      <InputNumber
                        min={1}
                        max={100}
                        precision={0}
                        suffix="%"
                        className="full-width"
                      />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name={[field.name, 'amountYuan']}
                      label={t('procurement.contracts.sign.amount')}
                      rules={yuanRules(t)}
                    >
                      <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
                    </Form.Item>
                  )}
                </Col>
                <Col xs={6} md={3} className="leader-remove">
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    aria-label={t('procurement.contracts.sign.removeInstalment')}
                  />
                </Col>
              </Row>
            ))}
            <Row justify="space-between" align="middle" gutter={[8, 8]}>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= MAX_INSTALMENTS}
                onClick={() => add({})}
              >
                {t('procurement.contracts.sign.addInstalment')}
              </Button>
              <Typography.Text
                strong
                type={!byPercent || percents === FULL ? 'success' : 'danger'}
                data-testid="instalments-total"
              >
                {byPercent
                  ? t('procurement.contracts.sign.percentsTotal', { total: percents })
                  : t('procurement.contracts.sign.amountsTotal', {
                      total: yuan(amountsTotalFen(rows)),
                      amount: amountFen === undefined ? '—' : yuan(amountFen),
                    })}
              </Typography.Text>
            </Row>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </>
  );
}
