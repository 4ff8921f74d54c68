import { type FormSchema, formQuestions, type Question } from '@civic/domain/forms';
import { ConfigProvider, Form } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerControl, answerItemProps } from './answer-control';
import { useAnswerRules } from './answer-rules';
import { formLanguage, labelIn } from './answer-values';
import { TableAnswer } from './table-answer';
import './forms.css';

export { answersFromForm } from './answer-values';

interface Props {
  /** The programme's form (FormView.schema); nothing is shown when it has no questions. */
  schema: FormSchema | null | undefined;
  /** Shows the answers without letting them change (a preview, a submitted application). */
  disabled?: boolean;
}

/**
 * The questions an officer added to a programme's application (issue #17, R16, R17, R20, R25),
 * inside the application's own antd Form: each answer is the item `['answers', key]`, so the
 * form's values carry `answers` as the API takes them (fen for amounts, 'YYYY-MM-DD' for dates,
 * true/false, an option's value, rows of a table). Send them through answersFromForm.
 */
export function AnswerFields({ schema, disabled }: Props) {
  const { i18n } = useTranslation();
  const questions = useMemo(() => formQuestions(schema), [schema]);
  if (questions.length === 0) return null;
  const fields = (
    <div className="answer-fields" data-testid="answer-fields">
      {questions.map((q) => (
        <AnswerField key={q.key} question={q} lang={formLanguage(i18n.language)} />
      ))}
    </div>
  );
  return disabled ? <ConfigProvider componentDisabled>{fields}</ConfigProvider> : fields;
}

function AnswerField({ question, lang }: { question: Question; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const rulesOf = useAnswerRules();
  if (question.kind === 'TABLE') return <TableAnswer question={question} lang={lang} />;
  const help = question.help ? labelIn(question.help, lang) : '';
  return (
    <Form.Item
      name={['answers', question.key]}
      label={labelIn(question.label, lang, question.key)}
      extra={help || undefined}
      rules={rulesOf(question.kind, question)}
      {...answerItemProps(question.kind)}
    >
      {answerControl(question.kind, lang, { yes: t('common.yes'), no: t('common.no') }, question)}
    </Form.Item>
  );
}
