import { FormOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { RubricTable } from '../call/call-summary';
import { useCallColumns } from '../calls/call-columns';
import { useCalls } from '../call-queries';
import type { CallView } from '../types';
import { ExportButton } from '../../common/export-button';

/**
 * The venture philanthropy calls an organization may answer (R17), the latest deadline first, a
 * page at a time: the budget, the funding range, the groups it focuses on, the deadline and how
 * proposals are scored. On a phone, a card each, the rubric behind 详情.
 */
export function ApplyCallsPage() {
  const { t } = useTranslation();
  const paging = usePaging();
  const calls = useCalls(paging.query);
  const columns = useCallColumns(undefined, (call) =>
    call.open ? (
      <Link to={`/venture/apply/proposal?call=${call.id}`}>
        <Button type="primary" icon={<FormOutlined />} data-testid="write-proposal">
          {t('venture.apply.write')}
        </Button>
      </Link>
    ) : (
      <span className="secondary-text">{t('venture.apply.closed')}</span>
    ),
  ).filter((c) => c.key !== 'submitted');
  if (calls.isError) return <ErrorResult error={calls.error} />;
  return (
    <Card
      title={t('venture.apply.callsTitle')}
      extra={<Link to="/venture/mine">{t('menu.ventureMine')}</Link>}
    >
      <div className="filter-bar">
        <ExportButton path="/api/v1/venture/calls/export.xlsx" />
      </div>
      <ResponsiveTable<CallView>
        rowKey="id"
        data-testid="open-calls"
        loading={calls.isPending}
        dataSource={calls.data?.items}
        columns={columns}
        pagination={paging.pagination(calls.data)}
        expandable={{
          expandedRowRender: (call) => <RubricTable rubric={call.rubric} />,
          rowExpandable: () => true,
        }}
      />
    </Card>
  );
}
