import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { ErrorResult } from '../../common/error-result';
import { ResponsiveTable } from '../../common/responsive-table';
import { schemaOf } from '../../forms';
import { useVentureRanking } from '../call-queries';
import type { CallView, VentureRankingRow } from '../types';
import { AwardModal } from './award-modal';
import { ConcludeButton } from './conclude-button';
import { useRankingColumns } from './ranking-columns';
import { rankingSheets } from './ranking-sheets';
import { RankingSummary } from './ranking-summary';

/**
 * The call's ranking (R13, R14, R19): each proposal whose reviews are all in, by merit ×
 * (1 + bonus/100), with its reasons and what the ranking does with it; the officer awards those
 * it funds, in that order, with a comment. The list, the scores and each reviewer's sheet
 * export to Excel. The whole ranking, a page at a time (a card each on a phone).
 */
export function RankingTab({ call }: { call: CallView }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const ranking = useVentureRanking(call);
  const [awarding, setAwarding] = useState<VentureRankingRow>();
  const [exporting, setExporting] = useState(false);
  const columns = useRankingColumns(call.rubric, setAwarding);
  if (call.open) {
    return <Alert type="info" showIcon title={t('venture.ranking.afterDeadline')} />;
  }
  if (ranking.isError) return <ErrorResult error={ranking.error} />;
  const exportXlsx = async () => {
    if (!ranking.data) return;
    setExporting(true);
    try {
      const [{ downloadXlsx }, scoreSheets] = await Promise.all([
        import('./xlsx'),
        unwrap(
          api.GET('/api/v1/venture/calls/{id}/score-sheets', { params: { path: { id: call.id } } }),
        ),
      ]);
      const zh = i18n.language !== 'en';
      const sheets = rankingSheets(
        ranking.data,
        call.rubric,
        t,
        zh,
        scoreSheets,
        schemaOf(call.form),
      );
      await downloadXlsx(sheets, t('venture.export.fileName', { call: call.name }));
    } catch (error) {
      void message.error(t('venture.export.failed', { message: (error as Error).message }));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      {ranking.data && (
        <RankingSummary
          ranking={ranking.data}
          reservePercent={call.ruralReservePercent}
          extra={
            <Space wrap>
              <Button
                icon={<DownloadOutlined />}
                data-testid="export-ranking"
                loading={exporting}
                disabled={ranking.data.rows.length === 0}
                onClick={() => void exportXlsx()}
              >
                {t('venture.export.button')}
              </Button>
              <ConcludeButton call={call} ranking={ranking.data} />
            </Space>
          }
        />
      )}
      <ResponsiveTable<VentureRankingRow>
        rowKey="proposalId"
        data-testid="ranking-table"
        loading={ranking.isPending}
        dataSource={ranking.data?.rows}
        columns={columns}
      />
      {awarding && <AwardModal row={awarding} onClose={() => setAwarding(undefined)} />}
    </Space>
  );
}
