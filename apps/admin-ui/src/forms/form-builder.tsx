import { PlusOutlined } from '@ant-design/icons';
import { FORM_LIMITS, formSchema, type Question } from '@civic/domain/forms';
import { Alert, App, Button, Empty, Form, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { FormRefusal } from '../common/form-refusal';
import { applyViolations } from '../common/form-violations';
import {
  type BuilderValues,
  newQuestion,
  questionRows,
  type QuestionRow,
  toFormDefinition,
} from './builder-values';
import { dottedViolations } from './field-paths';
import { BuilderPreview, FormPreview } from './form-preview';
import { QuestionCard } from './question-card';
import { QuestionsList } from './questions-list';
import { useCheckedRule } from './use-checked-rule';
import './forms.css';

export interface FormBuilderProps {
  /** The questions stored (formQuestions(FormView.schema)); read once, when the builder mounts. */
  questions: Question[];
  /** PUT …/form with `{ questions }`; a rejection with an ApiError shows its violations. */
  onSave: (questions: Question[]) => Promise<unknown>;
  /** Applications exist: the questions are shown, not edited (409 FORM_FROZEN otherwise). */
  frozen: boolean;
  saving?: boolean;
}

/**
 * 附加问题 (issue #17, forms without code): an officer adds, orders and words the questions
 * applicants answer on top of a programme's fixed fields (R16, R17, R20, R25). The questions are
 * checked as typed (checkForm); the API's violations show on their items too. Once somebody has
 * applied the form is frozen and shown read-only.
 */
export function FormBuilder({ questions, onSave, frozen, saving }: FormBuilderProps) {
  if (frozen) return <FrozenForm questions={questions} />;
  return <QuestionsEditor questions={questions} onSave={onSave} saving={saving} />;
}

function FrozenForm({ questions }: { questions: Question[] }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      questions.length > 0
        ? formSchema({ questions }, { owner: 'venture-call', id: 'preview', version: 0 })
        : null,
    [questions],
  );
  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="form-builder">
      <Alert
        type="info"
        showIcon
        data-testid="form-frozen"
        title={t('forms.frozen')}
        description={t('forms.frozenDetail')}
      />
      {questions.length === 0 ? (
        <Empty description={t('forms.empty')} />
      ) : (
        <>
          <QuestionsList questions={questions} />
          <FormPreview schema={schema} />
        </>
      )}
    </Space>
  );
}

function QuestionsEditor({ questions, onSave, saving }: Omit<FormBuilderProps, 'frozen'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BuilderValues>();
  const checked = useCheckedRule(form);
  const [error, setError] = useState<Error | null>(null);
  const [unmatched, setUnmatched] = useState<string[] | null>(null);
  const [initialValues] = useState<BuilderValues>(() => ({ questions: questionRows(questions) }));

  const save = async () => {
    setError(null);
    setUnmatched(null);
    const { questions: typed } = toFormDefinition(form.getFieldsValue(true) as BuilderValues);
    try {
      await onSave(typed);
      void message.success(t('forms.saved'));
    } catch (caught) {
      const refused = caught instanceof Error ? caught : new Error(String(caught));
      const violations = refused instanceof ApiError ? dottedViolations(refused.violations) : [];
      setError(refused);
      setUnmatched(applyViolations(form, violations).map((v) => v.message));
    }
  };

  return (
    <Form<BuilderValues>
      form={form}
      name="form-builder"
      layout="vertical"
      initialValues={initialValues}
      onFinish={() => void save()}
      scrollToFirstError
      data-testid="form-builder"
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('forms.intro')}</Typography.Text>
        {error && (
          <FormRefusal
            error={error}
            unmatched={unmatched}
            title={t('forms.refused')}
            fixFields={t('forms.fixFields')}
            errorsKey="forms.errors"
            testId="form-refused"
          />
        )}
        <Form.List name="questions" rules={[checked(['questions'])]}>
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.length === 0 && <Empty description={t('forms.empty')} />}
              {fields.map((field, index) => (
                <QuestionCard
                  key={field.key}
                  form={form}
                  index={index}
                  count={fields.length}
                  move={move}
                  remove={remove}
                />
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                data-testid="add-question"
                disabled={fields.length >= FORM_LIMITS.questions}
                onClick={() => {
                  const rows = (form.getFieldValue('questions') ?? []) as (
                    QuestionRow | undefined
                  )[];
                  add(newQuestion(rows.map((q) => q?.key)));
                }}
              >
                {t('forms.add')}
              </Button>
            </>
          )}
        </Form.List>
        <BuilderPreview form={form} />
        <Button type="primary" htmlType="submit" loading={saving} data-testid="form-builder-save">
          {t('forms.save')}
        </Button>
      </Space>
    </Form>
  );
}
