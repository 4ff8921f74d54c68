import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import type { BlindProposalView, CallView } from '../types';
import { AnswersView, schemaOf } from '../../forms';
import { localPagination } from '../../common/local-paging';

/**
 * What a proposal proposes, without who proposes it (R18): reviews are blind. With the call's
 * form, its answers to the added questions too (issue #17).
 */
export function BlindProposal({
  proposal,
  form,
}: {
  proposal: BlindProposalView;
  form?: CallView['form'];
}) {
  const { t } = useTranslation();
  const yuan = useYuan();
  return (
    <div data-testid="blind-proposal">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('venture.fields.call')}>{proposal.callName}</Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.proposal')}>{proposal.title}</Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.projectArea')}>
          {t(`enums.areaType.${proposal.projectAreaType}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.servedGroups')}>
          {proposal.servedGroups.map((g) => (
            <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph className="report-summary">{proposal.summary}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="key"
        dataSource={proposal.budgetLines.map((line, key) => ({ ...line, key }))}
        pagination={localPagination(t, proposal.budgetLines.length)}
        columns={[
          { title: t('venture.apply.lineDescription'), dataIndex: 'description' },
          {
            title: t('venture.fields.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            className: 'nowrap',
            render: (fen: number) => yuan(fen),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('venture.fields.requested')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <span className="strong-text">{yuan(proposal.requestedFen)}</span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {form && <AnswersView schema={schemaOf(form)} answers={proposal.answers} />}
    </div>
  );
}
