import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { useLocalizedMessage } from '../../organizations/localized';
import { dateTime } from '../calls/call-columns';
import { AwardStatusTag, SourceTag } from '../tags';
import type { AwardView, TrancheView } from '../types';
import { TranchesTable } from './tranches-table';
import { canOpenClawback } from './tranche-rules';

/**
 * One award (R19): the project and organization, the amount and where it comes from (the rural
 * reserve or the general pool, R14), its place in the ranking and the officer's comment; whether
 * finance committed it; whether money paid may be clawed back; and its tranches.
 */
export function AwardCard(props: {
  award: AwardView;
  extra?: ReactNode;
  trancheAction?: (tranche: TrancheView) => ReactNode;
}) {
  const { award } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const localized = useLocalizedMessage();
  return (
    <Card
      size="small"
      data-testid="award-card"
      data-award={award.id}
      title={
        <Space wrap>
          <span className="strong-text" data-testid="award-title">
            {award.title}
          </span>
          <AwardStatusTag status={award.status} />
          {canOpenClawback(award) && (
            <Tag color="red" data-testid="clawback">
              {t('venture.awards.clawback', { amount: yuan(award.clawback.recoverableFen) })}
            </Tag>
          )}
        </Space>
      }
      extra={props.extra}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
        <Descriptions.Item label={t('venture.fields.organization')}>
          {award.organizationName}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.amount')}>
          <span data-testid="award-amount">{yuan(award.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.source')}>
          <SourceTag source={award.source} />
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.fields.rank')}>{award.rank}</Descriptions.Item>
        <Descriptions.Item label={t('venture.awards.comment')} span={2}>
          {award.comment}
        </Descriptions.Item>
        <Descriptions.Item label={t('venture.awards.decidedAt')}>
          {dateTime(award.decidedAt)}
        </Descriptions.Item>
      </Descriptions>
      {award.statusReason && (
        <Typography.Paragraph type="danger" data-testid="award-reason">
          {localized(award.statusReason)}
        </Typography.Paragraph>
      )}
      {award.releasedFen > 0 && (
        <Typography.Paragraph type="secondary" data-testid="award-released">
          {t('venture.awards.released', { amount: yuan(award.releasedFen) })}
        </Typography.Paragraph>
      )}
      {canOpenClawback(award) && (
        <Typography.Paragraph type="danger" data-testid="clawback-reason">
          {localized(award.clawback)}
        </Typography.Paragraph>
      )}
      {award.clawbackOpened && (
        <Typography.Paragraph type="danger" data-testid="clawback-opened">
          {t('venture.awards.clawbackOpened', {
            amount: yuan(award.clawbackOpened.amountFen),
            recovered: yuan(award.clawbackOpened.recoveredFen ?? 0),
            reason: award.clawbackOpened.reason,
          })}
        </Typography.Paragraph>
      )}
      <TranchesTable tranches={award.tranches} action={props.trancheAction} />
    </Card>
  );
}
