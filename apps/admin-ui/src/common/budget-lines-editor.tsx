import { Col, Form, type FormRule, Input, Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormListRows } from './form-list-rows';

/** The i18n keys of the editor's words: each fund words its budget its own way. */
export interface BudgetLineLabels {
  description: string;
  amount: string;
  add: string;
  remove: string;
}

interface Props {
  labels: BudgetLineLabels;
  /** What a line's category and description must be. */
  required: FormRule[];
  /** What a line's amount must be. */
  amountRules: FormRule[];
  /** The categories a line is filed under, where the fund has them (the lottery's, R22). */
  category?: { label: string; options: SelectProps['options'] };
  addTestId?: string;
}

/**
 * The budget of a project, line by line (R17): what the money is for and the amount in yuan
 * (sent as fen, R26), after a category where the fund files its lines under some. The items are
 * `budgetLines[i].category`, `.description` and `.amountYuan`.
 */
export function BudgetLinesEditor({ labels, required, amountRules, category, addTestId }: Props) {
  const { t } = useTranslation();
  return (
    <FormListRows
      name="budgetLines"
      rowTestId="budget-line"
      addLabel={t(labels.add)}
      removeLabel={t(labels.remove)}
      addTestId={addTestId}
    >
      {(field) => (
        <>
          {category && (
            <Col xs={24} md={6}>
              <Form.Item name={[field.name, 'category']} label={t(category.label)} rules={required}>
                <Select options={category.options} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={category ? 11 : 15}>
            <Form.Item
              name={[field.name, 'description']}
              label={t(labels.description)}
              rules={required}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={18} md={category ? 4 : 6}>
            <Form.Item
              name={[field.name, 'amountYuan']}
              label={t(labels.amount)}
              rules={amountRules}
            >
              <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
        </>
      )}
    </FormListRows>
  );
}
