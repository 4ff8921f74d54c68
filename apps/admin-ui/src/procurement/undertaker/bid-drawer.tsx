import { Alert, App, Button, Card, Descriptions, Drawer, Form, Grid, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RefusalAlert } from '../../common/refusal-alert';
import { useYuan } from '../../common/use-yuan';
import { yuanRules } from '../../common/yuan-input';
import { AnswerFields, schemaOf } from '../../forms';
import { beijingTime } from '../public/beijing-time';
import type { PurchaseProjectView } from '../public/public-types';
import { type BidFormValues, bidProblems, toBidDto } from './bid-values';
import { useSubmitBid } from './undertaker-queries';

/**
 * Bids on an announced project (R25): the price in yuan, sent as integer fen (R26), at most the
 * budget, and the service proposal, until the deadline (the API decides by the database clock).
 * The API's refusals (not listed, area not served, reserved for social organizations, deadline
 * passed, over budget, a bid already in) are explained above the form and on the field named.
 * When the project adds questions (issue #17), they are answered here too, checked in full at
 * once. The whole screen on a phone.
 */
export function BidDrawer(props: { project: PurchaseProjectView; onClose: () => void }) {
  const { project } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const yuan = useYuan();
  const phone = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<BidFormValues>();
  const submit = useSubmitBid(project.id);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const text = [{ required: true, whitespace: true, message: t('form.required') }];

  const onFinish = (values: BidFormValues) => {
    setRefusal(null);
    submit.mutate(toBidDto(values), {
      onSuccess: () => {
        void message.success(t('procurement.undertaker.bid.submitted', { title: project.title }));
        props.onClose();
      },
      onError: (error) => {
        bidProblems(form, error);
        setRefusal(error);
      },
    });
  };

  return (
    <Drawer
      open
      size={phone ? '100%' : 560}
      title={t('procurement.undertaker.bid.title')}
      onClose={props.onClose}
      destroyOnHidden
      data-testid="bid-drawer"
    >
      <Descriptions
        size="small"
        column={1}
        className="form-alert"
        items={[
          { key: 'title', label: t('procurement.undertaker.bid.project'), children: project.title },
          {
            key: 'budget',
            label: t('procurement.public.announcement.budget'),
            children: yuan(project.budgetFen),
          },
          {
            key: 'deadline',
            label: t('procurement.public.announcement.deadline'),
            children: project.bidDeadline
              ? t('procurement.public.beijingTime', { time: beijingTime(project.bidDeadline) })
              : t('common.none'),
          },
        ]}
      />
      {project.reservedForSocialOrganizations && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          title={t('procurement.public.announcement.reservedHelp')}
        />
      )}
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.undertaker.bid.refused')}
          errorsKey="procurement.undertaker.errors"
        />
      )}
      <Form<BidFormValues> form={form} name="bid" layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="priceYuan"
          label={t('procurement.undertaker.bid.price')}
          extra={t('procurement.undertaker.bid.priceHelp', { budget: yuan(project.budgetFen) })}
          rules={yuanRules(t)}
        >
          <Input suffix={t('common.yuanUnit')} inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="proposal"
          label={t('procurement.undertaker.bid.proposal')}
          extra={t('procurement.undertaker.bid.proposalHelp')}
          rules={[...text, { min: 10, message: t('procurement.undertaker.bid.proposalShort') }]}
        >
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        {project.form && (
          <Card
            size="small"
            title={t('forms.title')}
            className="form-alert"
            data-testid="bid-questions"
          >
            <AnswerFields schema={schemaOf(project.form)} />
          </Card>
        )}
        <div className="procurement-card-action">
          <Button
            type="primary"
            htmlType="submit"
            loading={submit.isPending}
            data-testid="bid-submit"
          >
            {t('procurement.undertaker.bid.submit')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Link to="/procurement/undertaker/bids">{t('menu.procurementMyBids')}</Link>
        </div>
      </Form>
    </Drawer>
  );
}
