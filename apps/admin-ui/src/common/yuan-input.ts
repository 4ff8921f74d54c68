import { yuanToFen } from '@civic/domain/money';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** A yuan amount typed in a form as integer fen (R26), or undefined while it is not one. */
export function parseYuan(text?: string): number | undefined {
  try {
    return text?.trim() ? yuanToFen(text.trim()) : undefined;
  } catch {
    return undefined;
  }
}

/** The form rule of a yuan amount: required, two decimals at most. */
export function yuanRules(t: TFunction): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('form.required') },
    {
      validator: (_, value?: string) =>
        !value?.trim() || parseYuan(value) !== undefined
          ? Promise.resolve()
          : Promise.reject(new Error(t('organizations.form.badAmount'))),
    },
  ];
}
