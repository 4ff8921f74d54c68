import { concludeRound, type RankedProposal } from '@civic/domain/venture';
import { App, Button, Popconfirm, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConcludeRound } from '../call-queries';
import type { CallView, VentureRankingView } from '../types';

/**
 * rule R19: concludes the call's round: the proposals the ranking does not fund become 未获资助 and
 * their organizations are told why; no award after. Offered only when the server's own check
 * (concludeRound) would accept it, and otherwise disabled with its reason; a concluded round shows
 * a tag instead.
 */
export function ConcludeButton({ call, ranking }: { call: CallView; ranking: VentureRankingView }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const conclude = useConcludeRound(call.id);
  if (call.concludedAt) {
    return (
      <Tag color="default" data-testid="round-concluded">
        {t('venture.ranking.concluded')}
      </Tag>
    );
  }
  const check = concludeRound({
    concluded: false,
    deadlinePassed: !call.open,
    drawn: call.phase !== 'OPEN' && call.phase !== 'CLOSED',
    incomplete: ranking.incomplete,
    rows: ranking.rows.map((row) => ({
      ...row,
      status: row.status as RankedProposal['status'],
      outcome: row.outcome as RankedProposal['outcome'],
    })),
  });
  const button = (
    <Button data-testid="conclude-round" disabled={!check.ok} loading={conclude.isPending}>
      {t('venture.ranking.conclude')}
    </Button>
  );
  if (!check.ok) {
    return (
      <Tooltip title={i18n.language === 'en' ? check.message : check.messageZh}>{button}</Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('venture.ranking.concludeTitle')}
      description={t('venture.ranking.concludeSummary', { count: check.passedOver.length })}
      okText={t('venture.ranking.conclude')}
      okButtonProps={{ 'data-testid': 'conclude-ok' } as Record<string, string>}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        conclude.mutateAsync().then(
          () => void message.success(t('venture.ranking.concludedNow')),
          (error: Error) => void message.error(error.message),
        )
      }
    >
      {button}
    </Popconfirm>
  );
}
