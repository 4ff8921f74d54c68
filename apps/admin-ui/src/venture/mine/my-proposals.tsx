import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { usePaging } from '../../common/use-paging';
import { useProposalFigureColumns } from '../proposal-columns';
import {
  PROPOSAL_SORT_FIELDS,
  type ProposalSort,
  useDiscardProposal,
  useProposals,
} from '../proposal-queries';
import type { ProposalView } from '../types';
import { ProposalOutcomeCell } from './outcome-cell';
import { ExportButton } from '../../common/export-button';

/**
 * The organization's proposals, a page at a time and sorted on the server: drafts to go on with
 * or delete, submitted ones frozen (R17), and once the call's awards begin each one's rank and
 * why it is funded or not (issue #18). On a phone, a card each.
 */
export function MyProposals() {
  const { t } = useTranslation();
  const figures = useProposalFigureColumns();
  const paging = usePaging<ProposalSort>();
  const proposals = useProposals(paging.query);
  const discard = useDiscardProposal();
  const { message } = App.useApp();
  const remove = (id: string) =>
    discard.mutateAsync(id).then(
      () => void message.success(t('venture.mine.deleted')),
      (error: Error) => void message.error(error.message),
    );
  if (proposals.isError) return <ErrorResult error={proposals.error} />;
  const columns: ResponsiveColumns<ProposalView> = [
    {
      title: t('venture.fields.proposal'),
      key: 'title',
      card: 'title',
      render: (_, p) => (
        <>
          <div className="strong-text">{p.title}</div>
          <div className="secondary-text">{p.callName}</div>
        </>
      ),
    },
    ...figures,
    {
      // issue #18: once awards begin, its rank, merit and why it is funded or not (R13, R14).
      title: t('outcome.title'),
      key: 'outcome',
      width: 300,
      render: (_, p) => <ProposalOutcomeCell proposal={p} />,
    },
    {
      title: '',
      key: 'action',
      className: 'nowrap',
      card: 'actions',
      render: (_, p) => (
        <Space>
          <Link to={`/venture/apply/proposal?id=${p.id}`} data-testid="open-proposal">
            {t(p.status === 'DRAFT' ? 'venture.mine.edit' : 'venture.mine.view')}
          </Link>
          {p.status === 'DRAFT' && (
            <Popconfirm
              title={t('venture.mine.deleteConfirm')}
              okButtonProps={{ danger: true, 'data-testid': 'delete-draft-ok' }}
              onConfirm={() => remove(p.id)}
            >
              <Button type="link" danger size="small" data-testid="delete-draft">
                {t('venture.mine.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  const sorted = paging.sorting(columns, PROPOSAL_SORT_FIELDS);
  return (
    <>
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/venture/proposals/export.xlsx"
          filters={{ sort: paging.query.sort }}
        />
      </div>
      <ResponsiveTable<ProposalView>
        rowKey="id"
        data-testid="my-proposals"
        loading={proposals.isPending}
        dataSource={proposals.data?.items}
        columns={sorted.columns}
        onChange={sorted.onChange}
        pagination={paging.pagination(proposals.data)}
      />
    </>
  );
}
