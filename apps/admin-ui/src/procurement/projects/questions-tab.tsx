import { formQuestions, type Question } from '@civic/domain/forms';
import { useMemo } from 'react';
import { FormBuilder, schemaOf } from '../../forms';
import { useSetProjectForm } from './project-queries';
import type { PurchaseProjectView, SetFormDto } from './project-types';

/** Only a draft or an announced project without bids may change its questions (issue #17). */
const OPEN_TO_CHANGE: readonly PurchaseProjectView['status'][] = ['DRAFT', 'ANNOUNCED'];

/**
 * 附加问题 (issue #17, R25): the questions this project adds to a bid's fixed fields (price and
 * service proposal), built by the buyer while the project is a draft or announced, until the first
 * bid arrives; then shown frozen, as they are once bidding is over.
 */
export function QuestionsTab({ project }: { project: PurchaseProjectView }) {
  const setForm = useSetProjectForm(project.id);
  const schema = schemaOf(project.form);
  const questions = useMemo(() => formQuestions(schema), [schema]);
  return (
    <FormBuilder
      key={project.form?.version ?? 0}
      questions={questions}
      frozen={project.bidCount > 0 || !OPEN_TO_CHANGE.includes(project.status)}
      saving={setForm.isPending}
      onSave={(next: Question[]) =>
        setForm.mutateAsync({ questions: next as SetFormDto['questions'] })
      }
    />
  );
}
