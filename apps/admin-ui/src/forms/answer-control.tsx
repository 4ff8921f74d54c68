import {
  type ColumnKind,
  FORM_LIMITS,
  type FormLanguage,
  type Question,
  type QuestionKind,
} from '@civic/domain/forms';
import { DatePicker, type FormItemProps, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { dateOf, isoDate, labelIn } from './answer-values';
import { YuanAmountInput } from './yuan-amount-input';

/** Longer texts than this are asked in a text area. */
const SHORT_TEXT = 100;

/**
 * How a form item holds an answer of a kind: a DATE as 'YYYY-MM-DD' (the picker works with
 * dayjs), everything else as the control gives it (YUAN already in fen, R26).
 */
export function answerItemProps(kind: QuestionKind | ColumnKind): Partial<FormItemProps> {
  if (kind !== 'DATE') return {};
  return {
    getValueProps: (value: unknown) => ({ value: dateOf(value) }),
    normalize: (day: Dayjs | null) => isoDate(day),
  };
}

/**
 * The control answering one question, or one cell of a table (no `question` then): an element,
 * not a component, so that the form item gives it its value and onChange.
 */
export function answerControl(
  kind: QuestionKind | ColumnKind,
  lang: FormLanguage,
  words: { yes: string; no: string },
  question?: Question,
): ReactNode {
  const required = question?.required ?? true;
  switch (kind) {
    case 'TEXT': {
      // A table's cell is one line; a question's answer a line or a paragraph, by its length.
      if (!question) return <Input maxLength={FORM_LIMITS.textLength} />;
      const maxLength = question.maxLength ?? FORM_LIMITS.textLength;
      return maxLength > SHORT_TEXT ? (
        <Input.TextArea maxLength={maxLength} showCount autoSize={{ minRows: 2, maxRows: 8 }} />
      ) : (
        <Input maxLength={maxLength} showCount />
      );
    }
    case 'NUMBER':
      return <InputNumber className="full-width" />;
    case 'YUAN':
      return <YuanAmountInput />;
    case 'DATE':
      return <DatePicker className="full-width" allowClear={!required} />;
    case 'YES_NO':
      return (
        <Radio.Group
          options={[
            { value: true, label: words.yes },
            { value: false, label: words.no },
          ]}
        />
      );
    case 'CHOICE':
      return (
        <Select
          allowClear={!required}
          options={(question?.options ?? []).map((o) => ({
            value: o.value,
            label: labelIn(o.label, lang, o.value),
          }))}
        />
      );
    default:
      return null;
  }
}
