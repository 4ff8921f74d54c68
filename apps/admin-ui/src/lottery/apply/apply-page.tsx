import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, type FormInstance, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import { useCurrentUser } from '../../auth/use-current-user';
import { emptyIn, formDraftKey } from '../../common/autosave';
import { ContactSection } from '../../common/contact-section';
import { DraftRestoredNote, DraftSaveState } from '../../common/draft-status';
import { FormRefusal } from '../../common/form-refusal';
import { applyViolations } from '../../common/form-violations';
import { useAutosavedDraft } from '../../common/use-autosaved-draft';
import { AnswerFields, schemaOf } from '../../forms';
import { useProgrammes, useSubmitApplication } from '../queries';
import { BeneficiariesSection } from './beneficiaries-section';
import { BudgetLinesSection } from './budget-lines-section';
import {
  type ApplyFormValues,
  badAmountLines,
  INITIAL_VALUES,
  toApplicationDto,
  toFormViolations,
} from './form-values';
import { prefillFields, prefillFromOrganization } from './prefill';
import { ProjectSection } from './project-section';

/**
 * An applicant applies to one of this year's programmes for its organization (R20, R7, R22),
 * answering the questions the programme adds (issue #17; applications have no drafts, so the API
 * checks the answers in full at once). The API decides what is lawful: its violations show on
 * their fields (a banned budget line on its line, an answer on its question), the rest in an
 * alert above the form. The contact (and, under custody, the custodian's account) start from the
 * organization's profile (issue #18); its phone and account number are masked there (R30), so the
 * applicant types those. The form is autosaved as a draft on the server (issue #18) and restored
 * when it is opened again; what the draft holds wins over the profile, which fills only the rest.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ApplyFormValues>();
  const programmes = useProgrammes(dayjs().year());
  const submit = useSubmitApplication();
  const [unmatched, setUnmatched] = useState<string[] | null>(null);
  const programmeId = Form.useWatch('programmeId', form);
  const programme = programmes.data?.items.find((p) => p.id === programmeId);
  const { organizationId } = useCurrentUser();
  // Discarding the draft empties the form: the profile fills it again.
  const [fills, setFills] = useState(0);
  const draft = useAutosavedDraft(form, formDraftKey('lottery-application', organizationId), {
    onDiscarded: () => setFills((n) => n + 1),
  });
  const prefill = useOrganizationPrefill(form, draft.ready, fills);
  // A restored draft's programme that is no longer open goes, with its answers.
  const items = programmes.data?.items;
  useEffect(() => {
    if (draft.restoredAt && items && programmeId && !items.some((p) => p.id === programmeId)) {
      form.setFieldsValue({ programmeId: undefined, answers: undefined });
    }
  }, [draft.restoredAt, items]);

  const onFinish = (values: ApplyFormValues) => {
    setUnmatched(null);
    const bad = badAmountLines(values.budgetLines);
    if (bad.length > 0) {
      form.setFields(
        bad.map((i) => ({
          name: ['budgetLines', i, 'amountYuan'],
          errors: [t('organizations.form.badAmount')],
        })),
      );
      return;
    }
    submit.mutate(toApplicationDto(values), {
      onSuccess: (application) => {
        void draft.submitted();
        void message.success(t('lottery.apply.submitted', { project: application.projectName }));
        navigate('/lottery/applications');
      },
      onError: (error) => {
        const violations = error instanceof ApiError ? error.violations : [];
        const left = applyViolations(form, toFormViolations(violations));
        setUnmatched(left.map((v) => v.message));
      },
    });
  };

  if (!draft.ready) return <Spin className="page-spin" />;
  return (
    <Form<ApplyFormValues>
      form={form}
      name="apply"
      layout="vertical"
      initialValues={INITIAL_VALUES}
      // Another programme asks other questions: the answers given to the first one go.
      onValuesChange={(changed: Partial<ApplyFormValues>) => {
        if ('programmeId' in changed) form.setFieldValue('answers', undefined);
        draft.changed();
      }}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Title level={3}>{t('lottery.apply.title')}</Typography.Title>
        <DraftRestoredNote draft={draft} />
        {submit.error && (
          <FormRefusal
            error={submit.error}
            unmatched={unmatched}
            title={t('lottery.apply.refused')}
            fixFields={t('lottery.apply.fixFields')}
            errorsKey="lottery.errors"
            testId="apply-refused"
          />
        )}
        <Card title={t('lottery.apply.project')}>
          <ProjectSection programmes={programmes.data} />
        </Card>
        <Card title={t('lottery.apply.beneficiaries')}>
          <BeneficiariesSection />
        </Card>
        <Card title={t('lottery.apply.budget')}>
          <BudgetLinesSection />
        </Card>
        {programme?.form && (
          <Card title={t('forms.title')} data-testid="application-questions">
            <AnswerFields schema={schemaOf(programme.form)} />
          </Card>
        )}
        <Card title={t('lottery.apply.contact')}>
          {prefill && (
            <Alert
              type="info"
              showIcon
              className="form-alert"
              data-testid="prefilled"
              title={t(
                prefill.custodianName
                  ? 'lottery.apply.prefilledCustody'
                  : 'lottery.apply.prefilled',
                {
                  custodian: prefill.custodianName,
                },
              )}
            />
          )}
          <ContactSection />
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
            {t('lottery.apply.submit')}
          </Button>
          <DraftSaveState draft={draft} />
        </Space>
      </Space>
    </Form>
  );
}

/**
 * Fills the contact and the custodian's account from the profile of the organization the
 * applicant is bound to, once the form shows (after its draft is restored: what the draft holds
 * stays) and again after the draft is discarded, into the fields still empty
 * (prefillFromOrganization); the prefill, for the note that says what was filled.
 */
function useOrganizationPrefill(
  form: FormInstance<ApplyFormValues>,
  ready: boolean,
  fills: number,
) {
  const { organizationId } = useCurrentUser();
  const organization = useQuery({
    queryKey: ['organization', organizationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: organizationId! } } })),
    enabled: !!organizationId,
  });
  const prefill = organization.data ? prefillFromOrganization(organization.data) : undefined;
  useEffect(() => {
    if (!prefill || !ready) return;
    // What a restored draft holds (issue #18) or the applicant typed stays.
    const blank = emptyIn(form.getFieldsValue(true));
    const empty = (name: (string | number)[]) => !form.isFieldTouched(name) && blank(name);
    form.setFields(prefillFields(prefill, empty));
    // Once per organization: what the applicant types later is theirs.
  }, [organization.data, ready, fills]);
  return prefill;
}
