import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../finance/use-yuan';
import { BANNED_USES, useCategoryOptions } from '../enums';
import { totalFen } from './form-values';

/**
 * The budget, line by line, typed in yuan (sent as fen, R26); the lines add up to the amount
 * requested (R17). What the fund never pays for (R22) is listed above; the API refuses it.
 */
export function BudgetLinesSection() {
  const { t } = useTranslation();
  const yuan = useYuan();
  const categories = useCategoryOptions();
  const form = Form.useFormInstance();
  const lines = Form.useWatch('budgetLines', form) as Parameters<typeof totalFen>[0];
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const banned = BANNED_USES.map((use) => t(`enums.budgetCategory.${use}`));
  return (
    <>
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t('lottery.apply.bannedTitle')}
        description={banned.join(t('common.listSeparator'))}
      />
      <Form.List name="budgetLines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={16} key={field.key} align="top" data-testid="budget-line">
                <Col xs={24} md={6}>
                  <Form.Item
                    name={[field.name, 'category']}
                    label={t('lottery.apply.category')}
                    rules={required}
                  >
                    <Select options={categories} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={11}>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('lottery.apply.description')}
                    rules={required}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={4}>
                  <Form.Item
                    name={[field.name, 'amountYuan']}
                    label={t('lottery.apply.amount')}
                    rules={required}
                  >
                    <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={6} md={3} className="leader-remove">
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    aria-label={t('lottery.apply.removeLine')}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('lottery.apply.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Paragraph strong className="requested-total" data-testid="requested-total">
        {t('lottery.apply.requested', { amount: yuan(totalFen(lines)) })}
      </Typography.Paragraph>
    </>
  );
}
