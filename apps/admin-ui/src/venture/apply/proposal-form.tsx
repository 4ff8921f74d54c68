import { App, Button, Card, Form, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/errors';
import { formDraftKey } from '../../common/autosave';
import { ContactSection } from '../../common/contact-section';
import { DraftRestoredNote, DraftSaveState } from '../../common/draft-status';
import { FormRefusal } from '../../common/form-refusal';
import { AnswerFields, schemaOf } from '../../forms';
import { applyViolations } from '../../common/form-violations';
import { useAutosavedDraft } from '../../common/use-autosaved-draft';
import { useYuan } from '../../common/use-yuan';
import { dateTime } from '../calls/call-columns';
import { savedIdOf, useSaveProposal } from '../proposal-queries';
import type { CallView } from '../types';
import { BudgetLinesFields } from './budget-lines-fields';
import { ProjectFields } from './project-fields';
import {
  INITIAL_PROPOSAL,
  type ProposalFormValues,
  toProposalDto,
  toProposalViolations,
} from './proposal-values';

interface Props {
  call: CallView;
  proposalId?: string;
  initialValues?: ProposalFormValues;
  disabled: boolean;
}

/**
 * The proposal form: saved as a draft as often as wanted, then submitted before the deadline
 * (R17), which checks the budget lines add up to the amount asked and the amount fits the call's
 * range. The API's violations show on their fields; other refusals are explained above.
 *
 * Between saves, what is typed is autosaved (issue #18) into the user's form draft on the server,
 * not the proposal: a proposal's draft must already be a whole proposal (R17: a summary, lines
 * with amounts, a phone), which a half-filled form is not. Opened again, the form is restored
 * from it; saved as a draft or submitted, the autosaved copy goes.
 */
export function ProposalForm({ call, proposalId, initialValues, disabled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const yuan = useYuan();
  const [, setParams] = useSearchParams();
  const [form] = Form.useForm<ProposalFormValues>();
  const save = useSaveProposal();
  const [draftId, setDraftId] = useState(proposalId);
  // A new proposal's autosave is kept by its call, a saved one's by its id.
  const autosaved = useAutosavedDraft(
    form,
    disabled ? undefined : formDraftKey('venture-proposal', draftId ?? call.id),
  );
  const [unmatched, setUnmatched] = useState<string[] | null>(null);
  // Which button sent the form: read when the form is valid, after this render.
  const submitting = useRef(false);
  const [submit, setSubmit] = useState(false);
  const send = (andSubmit: boolean) => {
    submitting.current = andSubmit;
    setSubmit(andSubmit);
    form.submit();
  };

  const keep = (id: string) => {
    setDraftId(id);
    setParams({ call: call.id, id }, { replace: true });
  };
  const onFinish = (values: ProposalFormValues) => {
    setUnmatched(null);
    save.mutate(
      { id: draftId, body: toProposalDto(call.id, values), submit: submitting.current },
      {
        onSuccess: ({ saved, submitted }) => {
          void autosaved.submitted(); // the proposal holds it all now
          if (submitted) {
            void message.success(t('venture.apply.submitted', { title: saved.title }));
            navigate('/venture/mine');
            return;
          }
          keep(saved.id);
          void message.success(t('venture.apply.saved'));
        },
        onError: (error) => {
          const id = savedIdOf(error);
          if (id) void autosaved.submitted(); // saved, then refused to submit: the proposal holds it
          if (id && id !== draftId) keep(id);
          const violations = error instanceof ApiError ? error.violations : [];
          setUnmatched(
            applyViolations(form, toProposalViolations(violations)).map((v) => v.message),
          );
        },
      },
    );
  };

  if (!autosaved.ready) return <Spin className="page-spin" />;
  return (
    <Form<ProposalFormValues>
      form={form}
      name="proposal"
      layout="vertical"
      initialValues={initialValues ?? INITIAL_PROPOSAL}
      onValuesChange={autosaved.changed}
      onFinish={onFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Title level={3} className="page-title">
          {t('venture.apply.title', { call: call.name })}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="call-terms">
          {t('venture.apply.terms', {
            min: yuan(call.minFen),
            max: yuan(call.maxFen),
            deadline: dateTime(call.deadline),
          })}
        </Typography.Text>
        <DraftRestoredNote draft={autosaved} />
        {save.error && (
          <FormRefusal
            error={save.error}
            unmatched={unmatched}
            title={t('venture.apply.refused')}
            fixFields={t('venture.apply.fixFields')}
            errorsKey="venture.errors"
            testId="proposal-refused"
          />
        )}
        <Card title={t('venture.apply.project')}>
          <ProjectFields call={call} />
        </Card>
        <Card title={t('venture.apply.budget')}>
          <BudgetLinesFields />
        </Card>
        {call.form && (
          <Card title={t('forms.title')} data-testid="proposal-questions">
            <AnswerFields schema={schemaOf(call.form)} />
          </Card>
        )}
        <Card title={t('venture.apply.contact')}>
          <ContactSection />
        </Card>
        <Space wrap>
          <Button
            size="large"
            data-testid="save-draft"
            loading={save.isPending && !submit}
            onClick={() => send(false)}
          >
            {t('venture.apply.saveDraft')}
          </Button>
          <Button
            type="primary"
            size="large"
            data-testid="submit-proposal"
            loading={save.isPending && submit}
            onClick={() => send(true)}
          >
            {t('venture.apply.submit')}
          </Button>
          <DraftSaveState draft={autosaved} />
        </Space>
      </Space>
    </Form>
  );
}
