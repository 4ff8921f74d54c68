import { isYearOver } from '@civic/domain/lottery';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../api/types';
import { formProblems } from '../../common/form-violations';
import { ProblemsAlert } from '../../common/problems-alert';
import { yearOptions } from '../../finance/funds/years';
import { usePublishAnnualReport } from '../disclosure-queries';
import { useLotteryYear } from '../queries';

interface Values {
  fiscalYear: number;
  summary?: string;
  reason?: string;
}

/**
 * Generates and publishes a finished year's annual report (R23) from its programmes and funded
 * projects, with the officers' account of the results (成效). Once a report of the year is out,
 * publishing again corrects it and needs a reason.
 */
export function PublishReportModal(props: {
  year: number;
  onClose: () => void;
  onPublished: (notice: NoticeView) => void;
}) {
  const { year, onClose, onPublished } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fiscalYear = Form.useWatch('fiscalYear', form) ?? year;
  const published = useLotteryYear(fiscalYear).data?.annualDisclosure.status === 'PUBLISHED';
  const publish = usePublishAnnualReport();
  const [problems, setProblems] = useState<string[]>([]);
  const years = yearOptions(t).filter((option) => isYearOver(option.value, new Date()));

  const submit = (values: Values) => {
    setProblems([]);
    const summary = values.summary?.trim();
    const reason = values.reason?.trim();
    publish.mutate(
      {
        fiscalYear: values.fiscalYear,
        ...(summary ? { summary } : {}),
        ...(reason ? { reason } : {}),
      },
      {
        onSuccess: (notice) => {
          void message.success(t('lottery.report.published', { year: values.fiscalYear }));
          onPublished(notice);
        },
        onError: (error) => setProblems(formProblems(form, error)),
      },
    );
  };

  return (
    <Modal
      open
      title={t('lottery.report.publishTitle')}
      okText={t(published ? 'lottery.report.correct' : 'lottery.report.publishOk')}
      okButtonProps={{ 'data-testid': 'publish-report-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={publish.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemsAlert problems={problems} />
      {published && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          data-testid="report-already-published"
          title={t('lottery.report.alreadyPublished', { year: fiscalYear })}
        />
      )}
      <Form<Values>
        form={form}
        name="annualReport"
        layout="vertical"
        initialValues={{ fiscalYear: year }}
        onFinish={submit}
      >
        <Form.Item name="fiscalYear" label={t('finance.funds.fiscalYear')} required>
          <Select options={years} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('lottery.report.summary')}
          extra={t('lottery.report.summaryHelp')}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {published && (
          <Form.Item
            name="reason"
            label={t('lottery.report.reason')}
            rules={[
              { required: true, whitespace: true, message: t('form.required') },
              { min: 2, message: t('lottery.report.reasonTooShort') },
            ]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
