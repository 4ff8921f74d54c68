import { type ColumnKind, FORM_LIMITS, type QuestionKind } from '@civic/domain/forms';
import { formatYuan, isFen } from '@civic/domain/money';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAmount } from './answer-values';

interface Bounds {
  required: boolean;
  min?: number;
  max?: number;
}

/**
 * The rules of one answer (or table cell): answered when required, an amount that is one and a
 * number in its range, said at once (the API checks them all again against the form's JSON
 * Schema, R17).
 */
export function useAnswerRules(): (kind: QuestionKind | ColumnKind, bounds: Bounds) => FormRule[] {
  const { t } = useTranslation();
  return (kind, { required, min, max }) => {
    const rules: FormRule[] = [];
    // `whitespace` only for text: any key beside `required` makes the check a string's (a
    // number then fails as "required").
    if (required) {
      rules.push(
        kind === 'TEXT'
          ? { required: true, whitespace: true, message: t('form.required') }
          : { required: true, message: t('form.required') },
      );
    }
    if (kind === 'YUAN') {
      const low = min ?? 0;
      const high = max ?? FORM_LIMITS.yuanMaxFen;
      rules.push({
        validator: (_, value: unknown) => {
          if (!isAmount(value)) return Promise.reject(new Error(t('forms.answers.badAmount')));
          if (isFen(value) && (value < low || value > high)) {
            return Promise.reject(
              new Error(
                t('forms.answers.yuanBetween', { min: formatYuan(low), max: formatYuan(high) }),
              ),
            );
          }
          return Promise.resolve();
        },
      });
    }
    if (kind === 'NUMBER' && (min !== undefined || max !== undefined)) {
      rules.push({
        validator: (_, value: unknown) =>
          typeof value !== 'number' ||
          ((min === undefined || value >= min) && (max === undefined || value <= max))
            ? Promise.resolve()
            : Promise.reject(new Error(rangeText(t, min, max))),
      });
    }
    return rules;
  };
}

function rangeText(
  t: ReturnType<typeof useTranslation>['t'],
  min: number | undefined,
  max: number | undefined,
): string {
  if (min !== undefined && max !== undefined) return t('forms.answers.between', { min, max });
  return min !== undefined
    ? t('forms.answers.atLeast', { min })
    : t('forms.answers.atMost', { max });
}
