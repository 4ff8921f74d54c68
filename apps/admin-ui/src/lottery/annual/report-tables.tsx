import { useTranslation } from 'react-i18next';
import type { AnnualReportView } from '../../api/types';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { useYuan } from '../../common/use-yuan';

type PurposeLine = AnnualReportView['byPurpose'][number];
type Project = AnnualReportView['projects'][number];

/**
 * The year's money by purpose (扶老、助残、救孤、济困): projects, budget, approved, paid. A card
 * each on a phone (the public reads it there too).
 */
export function PurposeTable({ lines }: { lines: readonly PurposeLine[] }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const money = (key: keyof PurposeLine, title: string) => ({
    title: t(title),
    dataIndex: key,
    align: 'right' as const,
    className: 'nowrap',
    render: (fen: number) => yuan(fen),
  });
  const columns: ResponsiveColumns<PurposeLine> = [
    {
      title: t('lottery.fields.purpose'),
      dataIndex: 'purpose',
      card: 'title',
      render: (purpose: string) => t(`enums.lotteryPurpose.${purpose}`),
    },
    { title: t('lottery.report.projectCount'), dataIndex: 'projects', align: 'right' },
    money('budgetFen', 'lottery.fields.budget'),
    money('approvedFen', 'lottery.report.approved'),
    money('paidFen', 'lottery.report.paid'),
  ];
  return (
    <ResponsiveTable<PurposeLine>
      rowKey="purpose"
      size="small"
      data-testid="report-by-purpose"
      dataSource={lines}
      columns={columns}
    />
  );
}

/**
 * The projects the year funded: name, unit, purpose, amount and what was paid of it; a page at a
 * time, a card each on a phone.
 */
export function ProjectsTable({ projects }: { projects: readonly Project[] }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const columns: ResponsiveColumns<Project> = [
    { title: t('lottery.fields.project'), dataIndex: 'projectName', card: 'title' },
    { title: t('lottery.public.unit'), dataIndex: 'unit' },
    {
      title: t('lottery.fields.purpose'),
      dataIndex: 'purpose',
      className: 'nowrap',
      render: (purpose: string) => t(`enums.lotteryPurpose.${purpose}`),
    },
    {
      title: t('lottery.public.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('lottery.report.paid'),
      dataIndex: 'paidFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
  ];
  return (
    <ResponsiveTable<Project>
      rowKey={(project, index) => `${project.projectName}-${project.unit}-${index}`}
      size="small"
      data-testid="report-projects"
      dataSource={projects}
      columns={columns}
    />
  );
}
