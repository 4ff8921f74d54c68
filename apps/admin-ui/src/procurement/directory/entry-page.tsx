import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { unmask } from '../../common/unmask-calls';
import { UnmaskableNumbers } from '../../common/unmaskable-numbers';
import { dateTime } from '../../venture/calls/call-columns';
import { useOfficerRegions } from '../use-region-options';
import { DecisionModal } from './decision-modal';
import { decisionsFor } from './decisions';
import { useDirectoryEntry } from './directory-queries';
import { DirectoryStatusTag, KindTag } from './directory-tags';
import type { DirectoryDecision, PerformanceRecordView } from './directory-types';

/**
 * One entry of the undertaker directory (R24): who it is (Order 102 art. 6), its identifier, the
 * regions and catalogue categories it serves, its contact (masked, R30; in full, audited, to those
 * who may unmask it), where it stands and why, and its performance history, one row per evaluated
 * contract year (R25). Officers decide it here.
 */
export function EntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = useDirectoryEntry(id);
  const regions = useOfficerRegions();
  const [deciding, setDeciding] = useState<DirectoryDecision>();
  if (entry.isError) return <ErrorResult error={entry.error} />;
  if (!entry.data) return <Spin className="page-spin" />;
  const e = entry.data;
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Link to="/procurement/directory">
        <ArrowLeftOutlined /> {t('procurement.directory.back')}
      </Link>
      <Card
        title={
          <Space wrap>
            <span data-testid="entry-name">{e.name}</span>
            <DirectoryStatusTag status={e.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {decisionsFor(e).map((decision) => (
              <Button
                key={decision}
                type={decision === 'LISTED' ? 'primary' : 'default'}
                danger={decision !== 'LISTED'}
                data-testid={`decide-${decision}`}
                onClick={() => setDeciding(decision)}
              >
                {t(`procurement.directory.decide.${decision}`)}
              </Button>
            ))}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="entry-details">
          <Descriptions.Item label={t('procurement.directory.kind')}>
            <KindTag kind={e.kind} />
          </Descriptions.Item>
          <Descriptions.Item
            label={t(
              e.residentIdMasked
                ? 'procurement.directory.residentId'
                : 'procurement.directory.creditCode',
            )}
          >
            {e.residentIdMasked ?? e.creditCode ?? t('procurement.directory.none')}
          </Descriptions.Item>
          {e.organizationId && (
            <Descriptions.Item label={t('procurement.directory.organization')}>
              <Link to={`/organizations/${e.organizationId}`}>
                {t('procurement.directory.registryLink')}
              </Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('procurement.directory.contact')}>
            <UnmaskableNumbers
              testId="entry-contact"
              masked={`${e.contactName} ${e.contactPhone}`}
              open={() => unmask.directoryContact(e.id)}
              shown={(full) => `${e.contactName} ${full.contactPhone}`}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('procurement.directory.serviceAreas')} span={2}>
            <span data-testid="entry-areas">{e.serviceAreas.map(regions.nameOf).join('、')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('procurement.directory.serviceCategories')} span={2}>
            {e.serviceCategories.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('procurement.directory.appliedAt')}>
            {dateTime(e.appliedAt)}
          </Descriptions.Item>
          {e.listedAt && (
            <Descriptions.Item label={t('procurement.directory.listedAt')}>
              {dateTime(e.listedAt)}
            </Descriptions.Item>
          )}
          {e.decidedAt && (
            <Descriptions.Item label={t('procurement.directory.decidedAt')}>
              {dateTime(e.decidedAt)}
            </Descriptions.Item>
          )}
          {e.statusReason && (
            <Descriptions.Item label={t('procurement.directory.reason')} span={2}>
              <span data-testid="entry-reason">{e.statusReason}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('procurement.directory.performance')}>
        <PerformanceTable records={e.performance} />
      </Card>
      {deciding && (
        <DecisionModal entry={e} decision={deciding} onClose={() => setDeciding(undefined)} />
      )}
    </Space>
  );
}

/**
 * The entry's performance history (R25): each evaluated contract with its year, score and
 * outcome, as the API gives it whole with the entry (paged here, never cut).
 */
function PerformanceTable({ records }: { records: readonly PerformanceRecordView[] }) {
  const { t } = useTranslation();
  return (
    <Table<PerformanceRecordView>
      size="small"
      rowKey={(r) => `${r.contractId}/${r.year}`}
      data-testid="performance-table"
      dataSource={[...records]}
      pagination={{ hideOnSinglePage: true, pageSize: 10 }}
      locale={{ emptyText: t('procurement.directory.noPerformance') }}
      columns={[
        { title: t('procurement.directory.contractTitle'), dataIndex: 'title' },
        { title: t('finance.funds.fiscalYear'), dataIndex: 'year', className: 'nowrap' },
        {
          title: t('procurement.directory.score'),
          dataIndex: 'score',
          align: 'right',
          className: 'nowrap',
          render: (score: number) => score.toFixed(2),
        },
        {
          title: t('procurement.directory.outcome'),
          dataIndex: 'outcome',
          className: 'nowrap',
          render: (outcome: PerformanceRecordView['outcome']) => (
            <Tag color={outcome === 'PASSED' ? 'success' : 'error'}>
              {t(`procurement.directory.outcomes.${outcome}`)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
