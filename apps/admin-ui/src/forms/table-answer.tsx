import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FORM_LIMITS, type FormLanguage, type Question } from '@civic/domain/forms';
import { Button, Card, Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { answerControl, answerItemProps } from './answer-control';
import { useAnswerRules } from './answer-rules';
import { labelIn } from './answer-values';

/** Columns on a wide screen: side by side up to four, then four a line; one a line on a phone. */
function columnSpan(count: number): number {
  return Math.max(6, Math.floor(24 / Math.max(1, count)));
}

/**
 * A TABLE question's rows (`answers.<key>[row].<column>`), one card a row with every cell
 * required (R17: the form's JSON Schema asks each row for every column), a row added below and
 * removed from its card; a required table needs a row. On a phone the cells stack.
 */
export function TableAnswer({ question, lang }: { question: Question; lang: FormLanguage }) {
  const { t } = useTranslation();
  const rulesOf = useAnswerRules();
  const columns = question.columns ?? [];
  const words = { yes: t('common.yes'), no: t('common.no') };
  const span = columnSpan(columns.length);
  const listRules = question.required
    ? [
        {
          validator: (_: unknown, rows?: unknown[]) =>
            rows && rows.length > 0
              ? Promise.resolve()
              : Promise.reject(new Error(t('forms.answers.oneRow'))),
        },
      ]
    : undefined;
  return (
    <Form.Item
      label={labelIn(question.label, lang, question.key)}
      extra={question.help ? labelIn(question.help, lang) || undefined : undefined}
      required={question.required}
      className="answer-table"
    >
      <Form.List name={['answers', question.key]} rules={listRules}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="answer-table-row"
                data-testid={`answer-row-${question.key}`}
                title={t('forms.answers.row', { n: index + 1 })}
                extra={
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('forms.answers.removeRow')}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Row gutter={12}>
                  {columns.map((column) => (
                    <Col key={column.key} xs={24} md={span}>
                      <Form.Item
                        name={[field.name, column.key]}
                        label={labelIn(column.label, lang, column.key)}
                        rules={rulesOf(column.kind, { required: true })}
                        {...answerItemProps(column.kind)}
                      >
                        {answerControl(column.kind, lang, words)}
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid={`answer-add-row-${question.key}`}
              disabled={fields.length >= FORM_LIMITS.tableRows}
              onClick={() => add({})}
            >
              {t('forms.answers.addRow')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
