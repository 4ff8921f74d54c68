import { Permission } from '@civic/domain/access';
import { formQuestions, type Question } from '@civic/domain/forms';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { FormBuilder, schemaOf } from '../../forms';
import { QuestionsList } from '../../forms/questions-list';
import { useSetCohortForm } from '../queries';

type SetQuestions = Parameters<ReturnType<typeof useSetCohortForm>['mutateAsync']>[0]['questions'];

/**
 * 附加问题 (issue #17, R16): the questions this cohort adds to an admission application's fixed
 * fields. Base staff (and administrators) build them until the first application arrives, then
 * they are shown frozen; those who only oversee the cohort read them.
 */
export function QuestionsTab({ cohort }: { cohort: CohortView }) {
  const { t } = useTranslation();
  const can = useCan();
  const setForm = useSetCohortForm(cohort.id);
  const schema = schemaOf(cohort.form);
  const questions = useMemo(() => formQuestions(schema), [schema]);
  if (!can(Permission.INCUBATION_RUN)) {
    return questions.length > 0 ? (
      <QuestionsList questions={questions} />
    ) : (
      <Empty description={t('forms.empty')} />
    );
  }
  return (
    <FormBuilder
      key={cohort.form?.version ?? 0}
      questions={questions}
      frozen={cohort.counts.applications > 0}
      saving={setForm.isPending}
      onSave={(next: Question[]) => setForm.mutateAsync({ questions: next as SetQuestions })}
    />
  );
}
