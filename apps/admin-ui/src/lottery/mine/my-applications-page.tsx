import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApplicationView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { useApplications } from '../queries';
import { ApplicationStatusTag } from '../status-tag';
import { LotteryOutcomeCell } from './outcome-cell';
import { ExportButton } from '../../common/export-button';

const time = (value?: string) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

/**
 * The applicant's own applications: where each stands, once decided its rank and why (issue #18),
 * the officer's comment, why finance refused or a payment failed (in the UI language), and the
 * payment once made. Follows those on their way.
 * A page at a time; on a phone, a card each.
 */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const applications = useApplications(undefined, paging.query);
  const columns = useColumns();
  if (applications.isError) return <ErrorResult error={applications.error} />;
  return (
    <Card
      title={t('lottery.mine.title')}
      extra={
        <Link to="/lottery/apply">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('menu.lotteryApply')}
          </Button>
        </Link>
      }
    >
      <div className="filter-bar">
        <ExportButton path="/api/v1/lottery/applications/export.xlsx" />
      </div>
      <ResponsiveTable<ApplicationView>
        rowKey="id"
        data-testid="my-applications"
        loading={applications.isPending}
        dataSource={applications.data?.items}
        columns={columns}
        pagination={paging.pagination(applications.data)}
      />
    </Card>
  );
}

function useColumns(): ResponsiveColumns<ApplicationView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const localized = useLocalizedMessage();
  return [
    {
      title: t('lottery.fields.project'),
      key: 'project',
      card: 'title',
      render: (_, a) => (
        <>
          <div>{a.projectName}</div>
          <div className="secondary-text">{a.programmeName}</div>
        </>
      ),
    },
    {
      title: t('lottery.fields.requested'),
      dataIndex: 'requestedFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('lottery.fields.submittedAt'),
      dataIndex: 'submittedAt',
      className: 'nowrap',
      render: time,
    },
    {
      title: t('lottery.fields.status'),
      dataIndex: 'status',
      className: 'nowrap',
      card: 'status',
      render: (_, a) => <ApplicationStatusTag status={a.status} />,
    },
    {
      // issue #18: once decided, its rank, merit, bonus reasons and why (R13, R14).
      title: t('outcome.title'),
      key: 'outcome',
      width: 320,
      render: (_, a) => <LotteryOutcomeCell application={a} />,
    },
    {
      title: t('lottery.fields.decision'),
      key: 'decision',
      render: (_, a) => (
        <>
          {a.decision && <div data-testid="decision-comment">{a.decision.comment}</div>}
          {a.statusReason && (
            <Typography.Text type="danger" data-testid="status-reason">
              {localized(a.statusReason)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('lottery.fields.payment'),
      key: 'payment',
      render: (_, a) =>
        a.payment?.paidAt ? (
          <div data-testid="payment-info">
            <div>{t('lottery.mine.paidAt', { time: time(a.payment.paidAt) })}</div>
            {a.payment.bankReference && (
              <div className="secondary-text">
                {t('lottery.mine.bankReference', { reference: a.payment.bankReference })}
              </div>
            )}
            {a.payment.custodianName && (
              <div className="secondary-text">
                {t('lottery.mine.custodian', { custodian: a.payment.custodianName })}
              </div>
            )}
          </div>
        ) : null,
    },
  ];
}
