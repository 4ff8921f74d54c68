export { answersViolations, assertAnswers, type AnswersCheckOptions } from './answers-check';
export { buildForm, checkedAnswers, formFrozen } from './form-store';
export { replaceForm, type FormHolder, type ReplaceForm } from './replace-form';
