import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuanRules } from '../../common/yuan-input';
import { useYuan } from '../../finance/use-yuan';
import { useRequired } from '../../organizations/register/use-required';
import {
  type BudgetLineRow,
  linesMatch,
  linesTotalFen,
  type ProposalFormValues,
} from './proposal-values';

/**
 * The budget, line by line in yuan (sent as fen, R26), and the amount asked: the lines must add
 * up to it (R17). Their sum shows as it is typed, against the amount asked.
 */
export function BudgetLinesFields() {
  const { t } = useTranslation();
  const yuan = useYuan();
  const required = useRequired();
  const amount = yuanRules(t);
  const form = Form.useFormInstance<ProposalFormValues>();
  const lines = Form.useWatch('budgetLines', form) as BudgetLineRow[] | undefined;
  const requestedYuan = Form.useWatch('requestedYuan', form) as string | undefined;
  const match = linesMatch({ budgetLines: lines, requestedYuan });
  return (
    <>
      <Form.List name="budgetLines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={16} key={field.key} align="top" data-testid="budget-line">
                <Col xs={24} md={15}>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('venture.apply.lineDescription')}
                    rules={required}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={18} md={6}>
                  <Form.Item
                    name={[field.name, 'amountYuan']}
                    label={t('venture.fields.amount')}
                    rules={amount}
                  >
                    <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={6} md={3} className="leader-remove">
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    aria-label={t('venture.apply.removeLine')}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="add-line"
              onClick={() => add({})}
            >
              {t('venture.apply.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Row gutter={16} className="venture-requested" align="top">
        <Col xs={24} md={9}>
          <Form.Item name="requestedYuan" label={t('venture.fields.requested')} rules={amount}>
            <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={15}>
          <Alert
            type={match === false ? 'warning' : match ? 'success' : 'info'}
            showIcon
            data-testid="lines-total"
            data-match={String(match)}
            title={t(match === false ? 'venture.apply.linesDiffer' : 'venture.apply.linesTotal', {
              total: yuan(linesTotalFen(lines)),
            })}
          />
        </Col>
      </Row>
    </>
  );
}
