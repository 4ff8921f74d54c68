// Forms without code (issue #17): generic pieces any programme's pages use.
export { AnswerFields, answersFromForm } from './answer-fields';
export { AnswersView } from './answers-view';
export { dottedField, dottedViolations, fieldPath } from './field-paths';
export { FormBuilder, type FormBuilderProps } from './form-builder';
export { schemaOf } from './schema-of';
