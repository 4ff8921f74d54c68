import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { ResponsiveTable } from '../../common/responsive-table';
import { AnswersView, schemaOf } from '../../forms';
import { usePaging } from '../../common/use-paging';
import { useProposalFigureColumns } from '../proposal-columns';
import { PROPOSAL_SORT_FIELDS, type ProposalSort, useProposals } from '../proposal-queries';
import { ProposalContact } from './proposal-contact';
import type { CallView, ProposalView } from '../types';
import { ExportButton } from '../../common/export-button';

/**
 * The proposals submitted to a call (R17), with who proposes them and their priority (R13), a page
 * at a time, sorted on the server. Drafts are not listed: the footer counts those on the page.
 * A row opens on who to call and the payee account (masked, R30; in full, audited, to those who may
 * unmask them) and its answers to the call's added questions (issue #17). On a phone, a card each.
 */
export function ProposalsTab({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const paging = usePaging<ProposalSort>();
  const proposals = useProposals(paging.query, call.id);
  const columns = useColumns();
  const sorted = paging.sorting(columns, PROPOSAL_SORT_FIELDS);
  if (proposals.isError) return <ErrorResult error={proposals.error} />;
  const submitted = (proposals.data?.items ?? []).filter((p) => p.status !== 'DRAFT');
  const drafts = (proposals.data?.items.length ?? 0) - submitted.length;
  return (
    <>
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/venture/proposals/export.xlsx"
          filters={{ callId: call.id, sort: paging.query.sort }}
        />
      </div>
      <ResponsiveTable<ProposalView>
        rowKey="id"
        data-testid="proposals-table"
        loading={proposals.isPending}
        dataSource={submitted}
        columns={sorted.columns}
        onChange={sorted.onChange}
        pagination={paging.pagination(proposals.data)}
        expandable={{
          expandedRowRender: (p) => (
            <>
              <ProposalContact proposal={p} />
              {/* issue #17: the answers to the call's added questions, under each proposal. */}
              {call.form && <AnswersView schema={schemaOf(call.form)} answers={p.answers} />}
            </>
          ),
        }}
        footer={drafts > 0 ? () => t('venture.proposals.drafts', { count: drafts }) : undefined}
      />
    </>
  );
}

function useColumns(): ResponsiveColumns<ProposalView> {
  const { t } = useTranslation();
  const figures = useProposalFigureColumns();
  return [
    {
      title: t('venture.fields.proposal'),
      key: 'title',
      width: 280,
      card: 'title',
      render: (_, p) => (
        <>
          <div className="strong-text">{p.title}</div>
          <div className="secondary-text">{p.summary}</div>
        </>
      ),
    },
    {
      title: t('venture.fields.organization'),
      key: 'organization',
      render: (_, p) => (
        <>
          {p.organizationName} <Tag>{t(`enums.areaType.${p.organizationAreaType}`)}</Tag>
          <div className="secondary-text">
            {t('venture.proposals.projectArea', {
              area: t(`enums.areaType.${p.projectAreaType}`),
            })}
          </div>
        </>
      ),
    },
    {
      title: t('venture.fields.servedGroups'),
      dataIndex: 'servedGroups',
      render: (groups: ProposalView['servedGroups']) =>
        groups.map((g) => <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>),
    },
    ...figures,
  ];
}
