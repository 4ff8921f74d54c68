import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingTime } from '../public/beijing-time';
import type { ContractView } from './contract-types';

type Report = ContractView['reports'][number];

/**
 * The undertaker's performance reports on the contract (履约报告, R25), newest first, read-only:
 * the year and kind, the period, who submitted it when, the summary and what was achieved of the
 * indicators. Officers read them before evaluating; never published (R30).
 */
export function ContractReports({ reports }: { reports: readonly Report[] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="procurement-card"
      title={t('procurement.undertaker.reports.title')}
      data-testid="reports"
    >
      {reports.length === 0 ? (
        <Typography.Text type="secondary">
          {t('procurement.undertaker.reports.none')}
        </Typography.Text>
      ) : (
        reports.map((report) => <ReportLine key={report.id} report={report} />)
      )}
    </Card>
  );
}

/** One report: its year, kind, period, who sent it when, the summary and the figures. */
export function ReportLine({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <div
      className="procurement-evaluation undertaker-report"
      data-testid="report"
      data-kind={report.kind}
    >
      <div>
        <span className="strong-text">
          {t('procurement.undertaker.reports.line', { year: report.year })}
        </span>{' '}
        <Tag color={report.kind === 'FINAL' ? 'blue' : 'default'}>
          {t(`procurement.undertaker.reports.kinds.${report.kind}`)}
        </Tag>
        <span className="nowrap">
          {t('procurement.undertaker.reports.period', {
            from: report.periodFrom,
            to: report.periodTo,
          })}
        </span>
      </div>
      <div className="secondary-text">
        {t('procurement.undertaker.reports.submittedBy', {
          name: report.submittedBy,
          time: beijingTime(report.submittedAt),
        })}
      </div>
      <Typography.Paragraph className="procurement-description">
        {report.summary}
      </Typography.Paragraph>
      {report.figures.length > 0 && (
        <ul className="procurement-sublist undertaker-report-figures">
          {report.figures.map((figure) => (
            <li key={figure.indicator}>
              <span className="strong-text">{figure.indicator}</span>
              {t('procurement.undertaker.reports.figure', { achieved: figure.achieved })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
