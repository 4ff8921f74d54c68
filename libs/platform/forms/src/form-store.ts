import { type FieldViolation, PayloadValidationError } from '@civic/contracts';
import {
  checkForm,
  compactAnswers,
  emptyFormSchema,
  type FormAnswers,
  type FormDefinition,
  type FormOwner,
  type FormSchema,
  formSchema,
} from '@civic/domain/forms';
import { ServiceError } from '@civic/platform/rpc';
import { assertAnswers } from './answers-check';

/**
 * A form built from an officer's questions (issue #17): checked by the domain (400 naming
 * `questions[i].…` and the rule) and turned into the JSON Schema stored with its owner.
 */
export function buildForm(form: FormDefinition, owner: FormOwner): FormSchema {
  const check = checkForm(form);
  if (!check.ok) {
    const violations: FieldViolation[] = check.violations.map((v) => ({ ...v }));
    throw new PayloadValidationError('form', violations);
  }
  return formSchema(form, owner);
}

/** A form is frozen once its owner has received an application: the answers keep their meaning. */
export function formFrozen(what: string): ServiceError {
  return new ServiceError(
    409,
    'FORM_FROZEN',
    `the ${what} has received applications: its form can no longer change`,
    undefined,
    '已有申请提交，附加问题不能再修改',
  );
}

/**
 * The answers an application stores: empty answers dropped, then checked against the owner's
 * form (no form: no question, so no answer). A draft may leave required questions open.
 */
export function checkedAnswers(
  schema: FormSchema | null,
  answers: unknown,
  owner: FormOwner,
  options: { draft?: boolean } = {},
): FormAnswers {
  const compact = compactAnswers(answers);
  // Most owners have no form and most applications no answers: nothing to compile or check.
  if (schema === null && isEmptyRecord(compact)) return {};
  assertAnswers(schema ?? emptyFormSchema(owner), compact, options);
  return compact as FormAnswers;
}

function isEmptyRecord(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}
