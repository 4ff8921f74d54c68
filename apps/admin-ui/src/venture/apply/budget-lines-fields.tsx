import { Alert, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BudgetLineLabels, BudgetLinesEditor } from '../../common/budget-lines-editor';
import { yuanRules } from '../../common/yuan-input';
import { useYuan } from '../../common/use-yuan';
import { useRequired } from '../../common/use-required';
import {
  type BudgetLineRow,
  linesMatch,
  linesTotalFen,
  type ProposalFormValues,
} from './proposal-values';

const LABELS: BudgetLineLabels = {
  description: 'venture.apply.lineDescription',
  amount: 'venture.fields.amount',
  add: 'venture.apply.addLine',
  remove: 'venture.apply.removeLine',
};

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
      <BudgetLinesEditor
        labels={LABELS}
        required={required}
        amountRules={amount}
        addTestId="add-line"
      />
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
