import { Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnualReportView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';
import { EldercareShare } from '../eldercare-share';
import { ProjectsTable, PurposeTable } from './report-tables';

/**
 * An annual report (R23) as published: the scale of the year's use of the fund, the money by
 * purpose, the eldercare share against its floor (R21), the execution, the results (成效) and the
 * projects (its 彩票公益金资助 label goes with the notice's title).
 */
export function ReportView({ report }: { report: AnnualReportView }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const { scale, execution, results } = report;
  const heading = (key: string) => <Typography.Title level={5}>{t(key)}</Typography.Title>;
  return (
    <div data-testid="annual-report" data-year={report.fiscalYear}>
      {heading('lottery.report.scale')}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="report-scale">
        <Descriptions.Item label={t('lottery.year.programmes')}>
          {scale.programmes}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.year.budget')}>
          {yuan(scale.budgetFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.report.projectCount')}>
          {scale.projects}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.report.approved')}>
          {yuan(scale.approvedFen)}
        </Descriptions.Item>
      </Descriptions>
      {heading('lottery.report.byPurpose')}
      <PurposeTable lines={report.byPurpose} />
      {heading('lottery.report.eldercare')}
      <EldercareShare {...report.eldercare} />
      {heading('lottery.report.execution')}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="report-execution">
        <Descriptions.Item label={t('lottery.report.paid')}>
          {yuan(execution.paidFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.report.unpaid')}>
          {yuan(execution.unpaidFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.report.paidProjects')}>
          {execution.paidProjects}
        </Descriptions.Item>
        <Descriptions.Item label={t('lottery.report.executionRate')}>
          {execution.percent ? `${execution.percent}%` : t('common.none')}
        </Descriptions.Item>
      </Descriptions>
      {heading('lottery.report.results')}
      <Space orientation="vertical" className="full-width" data-testid="report-results">
        <Typography.Text>
          {t('lottery.report.beneficiaries', { count: results.beneficiaryTotal })}
        </Typography.Text>
        {results.beneficiaries.length > 0 && (
          <Typography.Text type="secondary">
            {t('lottery.report.byGroup', {
              groups: results.beneficiaries
                .map((b) =>
                  t('lottery.report.group', {
                    group: t(`enums.priorityGroup.${b.group}`),
                    count: b.count,
                  }),
                )
                .join(t('common.listSeparator')),
            })}
          </Typography.Text>
        )}
        {results.summary && (
          <Typography.Paragraph className="report-summary" data-testid="report-summary">
            {results.summary}
          </Typography.Paragraph>
        )}
      </Space>
      {heading('lottery.report.projects')}
      <ProjectsTable projects={report.projects} />
    </div>
  );
}
