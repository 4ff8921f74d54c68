import { formQuestions, type Question } from '@civic/domain/forms';
import { Drawer, Grid } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubsidyProgrammeView } from '../../api/types';
import { FormBuilder, schemaOf } from '../../forms';
import { useSetProgrammeForm } from '../queries';

type SetQuestions = Parameters<
  ReturnType<typeof useSetProgrammeForm>['mutateAsync']
>[0]['questions'];

/**
 * 附加问题 (issue #17, R20): the questions a programme adds to a subsidy application's fixed
 * fields, built by a programme officer (or an administrator) until the first application arrives,
 * then shown frozen (the API refuses a change with 409 FORM_FROZEN). The builder is remounted on
 * each saved version, so it always starts from what is stored.
 */
export function QuestionsDrawer({
  programme,
  onClose,
}: {
  programme: SubsidyProgrammeView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const setForm = useSetProgrammeForm(programme.id);
  const schema = schemaOf(programme.form);
  const questions = useMemo(() => formQuestions(schema), [schema]);
  return (
    <Drawer
      open
      size={phone ? '100%' : 760}
      title={t('lottery.programmes.questionsTitle', { name: programme.name })}
      onClose={onClose}
      data-testid="questions-drawer"
      destroyOnHidden
    >
      <FormBuilder
        key={programme.form?.version ?? 0}
        questions={questions}
        frozen={programme.applicationCount > 0}
        saving={setForm.isPending}
        onSave={(next: Question[]) => setForm.mutateAsync({ questions: next as SetQuestions })}
      />
    </Drawer>
  );
}
