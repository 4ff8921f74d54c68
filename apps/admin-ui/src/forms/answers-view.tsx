import {
  type FormLanguage,
  type FormSchema,
  formQuestions,
  type Question,
} from '@civic/domain/forms';
import { Descriptions, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerText, formLanguage, labelIn, tableRows } from './answer-values';
import './forms.css';

interface Props {
  /** The form the answers were given to (FormView.schema of the application's programme). */
  schema: FormSchema | null | undefined;
  /** The application's `answers`, keyed by question (amounts in fen). */
  answers: Record<string, unknown> | null | undefined;
}

/**
 * The answers to a programme's added questions (issue #17, R17), read-only in the UI language:
 * an option's label, 是/否, amounts in yuan, a table as a small table. Nothing when the form has
 * no questions.
 */
export function AnswersView({ schema, answers }: Props) {
  const { t, i18n } = useTranslation();
  const lang = formLanguage(i18n.language);
  const questions = useMemo(() => formQuestions(schema), [schema]);
  if (questions.length === 0) return null;
  const words = {
    yes: t('common.yes'),
    no: t('common.no'),
    yuan: (amount: string) => t('common.yuan', { amount }),
  };
  const unanswered = (
    <Typography.Text type="secondary">{t('forms.answers.unanswered')}</Typography.Text>
  );
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      className="answers-view"
      data-testid="answers-view"
      items={questions.map((q) => ({
        key: q.key,
        label: labelIn(q.label, lang, q.key),
        children:
          q.kind === 'TABLE' ? (
            <TableView question={q} value={answers?.[q.key]} lang={lang} words={words} />
          ) : (
            (answerText(q.kind, answers?.[q.key], lang, words, q.options) ?? unanswered)
          ),
      }))}
    />
  );
}

function TableView({
  question,
  value,
  lang,
  words,
}: {
  question: Question;
  value: unknown;
  lang: FormLanguage;
  words: Parameters<typeof answerText>[3];
}) {
  const { t } = useTranslation();
  const rows = tableRows(value);
  if (rows.length === 0) {
    return <Typography.Text type="secondary">{t('forms.answers.unanswered')}</Typography.Text>;
  }
  return (
    <Table
      size="small"
      // A table answer holds up to FORM_LIMITS.tableRows rows: ten at a time, no pager for fewer.
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
      scroll={{ x: 'max-content' }}
      rowKey="index"
      dataSource={rows.map((cells, index) => ({ index, cells }))}
      columns={(question.columns ?? []).map((c) => ({
        key: c.key,
        title: labelIn(c.label, lang, c.key),
        render: (_: unknown, row: { cells: Record<string, unknown> }) =>
          answerText(c.kind, row.cells[c.key], lang, words) ?? '',
      }))}
    />
  );
}
