import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { formLanguage } from './answer-values';
import { type BuilderValues, builderViolations, messagesAt } from './builder-values';
import type { NamePath } from './field-paths';

/** A rule a Form.List accepts as well as a Form.Item: a validator. */
export interface CheckedRule {
  validator: (rule: unknown, value: unknown) => Promise<void>;
}

/**
 * The builder's rule for one item or list (`['questions', 2, 'options']`): what checkForm says
 * about the questions as typed, on that item (rule R17: a form is checked before it is stored).
 * A message the API put there goes as soon as the item changes.
 */
export function useCheckedRule(form: FormInstance): (path: NamePath) => CheckedRule {
  const { i18n } = useTranslation();
  const lang = formLanguage(i18n.language);
  return (path) => ({
    validator: () => {
      const values = form.getFieldsValue(true) as BuilderValues;
      const messages = messagesAt(builderViolations(values), path, lang);
      return messages.length === 0
        ? Promise.resolve()
        : Promise.reject(new Error(messages.join(lang === 'en' ? '; ' : '；')));
    },
  });
}
