import { Alert, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BudgetLineLabels, BudgetLinesEditor } from '../../common/budget-lines-editor';
import { useYuan } from '../../common/use-yuan';
import { BANNED_USES, useCategoryOptions } from '../enums';
import { totalFen } from './form-values';

const LABELS: BudgetLineLabels = {
  description: 'lottery.apply.description',
  amount: 'lottery.apply.amount',
  add: 'lottery.apply.addLine',
  remove: 'lottery.apply.removeLine',
};

/**
 * The budget, line by line, typed in yuan (sent as fen, R26); the lines add up to the amount
 * requested (R17). What the fund never pays for (R22) is listed above; the API refuses it. An
 * amount that is not one is told when the form is sent (see badAmountLines).
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
      <BudgetLinesEditor
        labels={LABELS}
        required={required}
        amountRules={required}
        category={{ label: 'lottery.apply.category', options: categories }}
      />
      <Typography.Paragraph strong className="requested-total" data-testid="requested-total">
        {t('lottery.apply.requested', { amount: yuan(totalFen(lines)) })}
      </Typography.Paragraph>
    </>
  );
}
