import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Grid,
  InputNumber,
  Row,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { formProblems } from '../../common/form-violations';
import { PayeeAccountFields } from '../../common/payee-account-fields';
import { ProblemsAlert } from '../../common/problems-alert';
import { refusalCode } from '../../common/refusal';
import { RefusalAlert } from '../../common/refusal-alert';
import { useRequired } from '../../common/use-required';
import { useYuan } from '../../common/use-yuan';
import type { BidView, PurchaseProjectView } from '../projects/project-types';
import { useAwardedBid, useSignContract } from './contract-queries';
import { IndicatorFields } from './indicator-fields';
import { InstalmentFields } from './instalment-fields';
import {
  initialSignValues,
  SIGN_MAPPING,
  type SignFormValues,
  termEnd,
  toSignDto,
} from './sign-values';

type Project = Pick<PurchaseProjectView, 'id' | 'title' | 'contractMonths'>;

/**
 * Signs an awarded project's contract (R25; Order 102 art. 23–24): the awarded undertaker and
 * price above, then the term (from its first day, for the months announced: art. 24 allows a
 * year, three for a stable item whose budget is secured), the instalment schedule, the
 * indicators and the account the undertaker is paid to (R28, R30). The API decides: an objection
 * window not passed or an objection open (409), a term art. 24 refuses (422), a schedule or
 * indicators it refuses are named above the form and on their fields. Signed, the contract opens
 * on its own page, its first year asked of finance.
 */
export function SignContractDrawer({
  project,
  onClose,
}: {
  project: Project;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = !Grid.useBreakpoint().md;
  const awarded = useAwardedBid(project);
  return (
    <Drawer
      open
      size={phone ? '100%' : 1000}
      title={t('procurement.contracts.sign.title', { title: project.title })}
      onClose={onClose}
      destroyOnHidden
      data-testid="sign-drawer"
    >
      {awarded.isError ? (
        <ErrorResult error={awarded.error} />
      ) : awarded.isPending ? (
        <Spin />
      ) : (
        <SignForm project={project} bid={awarded.data} onClose={onClose} />
      )}
    </Drawer>
  );
}

function SignForm(props: { project: Project; bid: BidView | null; onClose: () => void }) {
  const { project, bid, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const yuan = useYuan();
  const required = useRequired();
  const [form] = Form.useForm<SignFormValues>();
  const sign = useSignContract(project.id);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const end = termEnd(Form.useWatch('startDate', form), Form.useWatch('months', form));

  const submit = (values: SignFormValues) => {
    setRefusal(null);
    setProblems([]);
    sign.mutate(toSignDto(values), {
      onSuccess: (contract) => {
        void message.success(t('procurement.contracts.sign.done', { title: contract.title }));
        onClose();
        void navigate(`/procurement/contracts/${contract.id}`);
      },
      onError: (error) => {
        const unmatched = formProblems(form, error, SIGN_MAPPING);
        // A rule's refusal (the objection window, art. 24, the schedule) is named above the form.
        if (refusalCode(error)?.startsWith('RULE_')) setRefusal(error);
        else setProblems(unmatched);
      },
    });
  };

  return (
    <>
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title={t('procurement.contracts.sign.note')}
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="sign-awarded">
        <Descriptions.Item label={t('procurement.public.contract.undertaker')}>
          {bid?.undertakerName ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.public.contract.amount')}>
          {bid ? yuan(bid.priceFen) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('procurement.contracts.sign.announcedTerm')}>
          {t('procurement.contracts.sign.monthsValue', { count: project.contractMonths })}
        </Descriptions.Item>
      </Descriptions>
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.contracts.sign.refused')}
          errorsKey="procurement.contracts.errors"
        />
      )}
      <ProblemsAlert problems={problems} />
      <Form<SignFormValues>
        form={form}
        name="contract"
        layout="vertical"
        initialValues={initialSignValues(project.contractMonths, bid?.undertakerName)}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="startDate"
              label={t('procurement.contracts.sign.startDate')}
              rules={required}
            >
              <DatePicker className="full-width" allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="months"
              label={t('procurement.contracts.sign.months')}
              extra={t('procurement.contracts.sign.monthsHelp')}
              rules={required}
            >
              <InputNumber min={1} max={60} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('procurement.contracts.sign.endDate')}>
              <Typography.Text data-testid="term-end">{end ?? '—'}</Typography.Text>
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('procurement.contracts.sign.instalments')}</Divider>
        <InstalmentFields amountFen={bid?.priceFen} />
        <Divider titlePlacement="start">{t('procurement.contracts.sign.indicators')}</Divider>
        <IndicatorFields />
        <Divider titlePlacement="start">{t('procurement.contracts.sign.account')}</Divider>
        <Typography.Paragraph type="secondary">
          {t('procurement.contracts.sign.accountHelp')}
        </Typography.Paragraph>
        <Row gutter={16}>
          <PayeeAccountFields prefix={['bankAccount']} />
        </Row>
      </Form>
      <Button
        type="primary"
        block
        data-testid="sign-ok"
        loading={sign.isPending}
        onClick={() => form.submit()}
      >
        {t('procurement.contracts.sign.submit')}
      </Button>
    </>
  );
}
