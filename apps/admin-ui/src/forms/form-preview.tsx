import type { FormSchema } from '@civic/domain/forms';
import { Collapse, Form, type FormInstance, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerFields } from './answer-fields';
import { previewSchema, type QuestionRow } from './builder-values';

/**
 * What applicants will be asked, shown under the questions (folded until opened): the answer
 * fields of a schema, disabled, in a form of their own that renders no <form> element.
 */
export function FormPreview({ schema }: { schema: FormSchema | null }) {
  const { t } = useTranslation();
  return (
    <Collapse
      className="builder-preview"
      data-testid="form-preview"
      items={[
        {
          key: 'preview',
          label: t('forms.preview'),
          children: schema ? (
            <Form component={false} layout="vertical">
              <AnswerFields schema={schema} disabled />
            </Form>
          ) : (
            <Typography.Text type="secondary">{t('forms.previewInvalid')}</Typography.Text>
          ),
        },
      ]}
    />
  );
}

/** The preview of the questions as they are typed: built again as the builder's form changes. */
export function BuilderPreview({ form }: { form: FormInstance }) {
  const questions = Form.useWatch('questions', form) as (QuestionRow | undefined)[] | undefined;
  const schema = useMemo(() => previewSchema({ questions }), [questions]);
  return questions?.length ? <FormPreview schema={schema} /> : null;
}
