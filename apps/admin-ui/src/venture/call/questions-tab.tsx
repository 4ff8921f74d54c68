import { formQuestions, type Question } from '@civic/domain/forms';
import { useMemo } from 'react';
import { FormBuilder, schemaOf } from '../../forms';
import { useSetCallForm } from '../call-queries';
import type { CallView } from '../types';

/**
 * 附加问题 (issue #17, R17): the questions this call adds to a proposal's fixed fields, built by
 * the officer until the first proposal arrives, then shown frozen.
 */
export function QuestionsTab({ call }: { call: CallView }) {
  const setForm = useSetCallForm(call.id);
  const schema = schemaOf(call.form);
  const questions = useMemo(() => formQuestions(schema), [schema]);
  return (
    <FormBuilder
      key={call.form?.version ?? 0}
      questions={questions}
      frozen={call.proposals > 0}
      saving={setForm.isPending}
      onSave={(next: Question[]) => setForm.mutateAsync({ questions: next as SetQuestions })}
    />
  );
}

type SetQuestions = Parameters<ReturnType<typeof useSetCallForm>['mutateAsync']>[0]['questions'];
