import { App, Button, DatePicker, Drawer, Form, Grid, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblems } from '../../common/form-violations';
import { RefusalAlert } from '../../common/refusal-alert';
import {
  defaultPeriod,
  finalReported,
  type ReportFormValues,
  reportableYears,
  toReportDto,
} from './report-values';
import { useSubmitReport } from './undertaker-queries';
import type { ContractView } from './undertaker-types';

/**
 * A performance report (履约报告) on the organization's contract (R25): the contract year in
 * performance, progress or the year's one final report, the period within the year, a summary
 * (10–4000 characters) and, per indicator of the contract, what was achieved. The API's refusals
 * (a second final report, the year evaluated, an indicator not the contract's) are explained above
 * the form and on the field named. The whole screen on a phone.
 */
export function ReportDrawer(props: { contract: ContractView; onClose: () => void }) {
  const { contract } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<ReportFormValues>();
  const submit = useSubmitReport(contract.id);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const years = reportableYears(contract);
  const [yearNumber, setYearNumber] = useState(years[0]?.year);
  const year = years.find((y) => y.year === yearNumber) ?? years[0];
  const required = [{ required: true, message: t('form.required') }];
  const outsideYear = (day: Dayjs) =>
    !year || day.isBefore(year.startsOn, 'day') || day.isAfter(year.endsOn, 'day');

  const onFinish = (values: ReportFormValues) => {
    setRefusal(null);
    const { body, mapping } = toReportDto(values, contract.indicators);
    submit.mutate(body, {
      onSuccess: () => {
        void message.success(t('procurement.undertaker.reports.submitted'));
        props.onClose();
      },
      onError: (error) => {
        formProblems(form, error, mapping);
        setRefusal(error);
      },
    });
  };

  return (
    <Drawer
      open
      size={phone ? '100%' : 560}
      title={t('procurement.undertaker.reports.open')}
      onClose={props.onClose}
      destroyOnHidden
      data-testid="report-drawer"
    >
      {refusal && (
        <RefusalAlert
          error={refusal}
          title={t('procurement.undertaker.reports.refused')}
          errorsKey="procurement.undertaker.errors"
        />
      )}
      <Form<ReportFormValues>
        form={form}
        name="report"
        layout="vertical"
        className="undertaker-report-form"
        onFinish={onFinish}
        initialValues={{ year: year?.year, kind: 'PROGRESS', ...(year && defaultPeriod(year)) }}
        onValuesChange={(changed: Partial<ReportFormValues>) => {
          const next = years.find((y) => y.year === changed.year);
          if (!next) return;
          setYearNumber(next.year);
          form.setFieldsValue({ ...defaultPeriod(next), kind: 'PROGRESS' });
        }}
      >
        <Form.Item name="year" label={t('procurement.undertaker.reports.year')} rules={required}>
          <Select
            options={years.map((y) => ({
              value: y.year,
              label: t('procurement.undertaker.reports.yearOption', {
                year: y.year,
                start: y.startsOn,
                end: y.endsOn,
              }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('procurement.undertaker.reports.kind')}
          extra={t('procurement.undertaker.reports.kindHelp')}
          rules={required}
        >
          <Radio.Group>
            <Radio value="PROGRESS">{t('procurement.undertaker.reports.kinds.PROGRESS')}</Radio>
            <Radio value="FINAL" disabled={!!year && finalReported(contract, year.year)}>
              {t('procurement.undertaker.reports.kinds.FINAL')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <div className="undertaker-report-period">
          <Form.Item
            name="periodFrom"
            label={t('procurement.undertaker.reports.periodFrom')}
            rules={required}
          >
            <DatePicker className="full-width" allowClear={false} disabledDate={outsideYear} />
          </Form.Item>
          <Form.Item
            name="periodTo"
            label={t('procurement.undertaker.reports.periodTo')}
            rules={required}
          >
            <DatePicker className="full-width" allowClear={false} disabledDate={outsideYear} />
          </Form.Item>
        </div>
        <Form.Item
          name="summary"
          label={t('procurement.undertaker.reports.summary')}
          extra={t('procurement.undertaker.reports.summaryHelp')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { min: 10, message: t('procurement.undertaker.reports.summaryShort') },
          ]}
        >
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
        {contract.indicators.map((indicator, position) => (
          <Form.Item
            key={indicator.name}
            name={['achieved', position]}
            label={t('procurement.undertaker.reports.achieved', { name: indicator.name })}
            extra={t('procurement.undertaker.reports.target', { target: indicator.target })}
          >
            <Input maxLength={500} autoComplete="off" />
          </Form.Item>
        ))}
        <div className="procurement-card-action">
          <Button
            type="primary"
            htmlType="submit"
            loading={submit.isPending}
            data-testid="report-submit"
          >
            {t('procurement.undertaker.reports.submit')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </div>
      </Form>
    </Drawer>
  );
}
