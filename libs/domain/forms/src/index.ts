export {
  answerCell,
  answerCells,
  answerHeader,
  answerHeaders,
  compactAnswers,
  type AnswerCell,
  type FormLanguage,
} from './lib/answer-cells';
export { checkForm, type FormCheck, type FormViolation } from './lib/form-check';
export {
  emptyFormSchema,
  FORM_SCHEMA_DIALECT,
  FORM_VOCABULARY,
  formId,
  formQuestions,
  formSchema,
  type FormOwner,
  type FormSchema,
  type PropertySchema,
} from './lib/form-schema';
export {
  COLUMN_KINDS,
  FORM_LIMITS,
  isQuestionKind,
  KEY_PATTERN,
  QUESTION_KINDS,
  RESERVED_KEYS,
  type AnswerValue,
  type Bilingual,
  type ColumnKind,
  type FormAnswers,
  type FormDefinition,
  type Question,
  type QuestionKind,
  type QuestionOption,
  type TableColumn,
} from './lib/question';
export { SAMPLE_FORM } from './lib/sample-form';
