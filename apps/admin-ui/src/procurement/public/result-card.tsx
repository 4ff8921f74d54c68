import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { beijingTime, stillAhead } from './beijing-time';
import { useProcurementLabel } from './labels';
import type { PurchaseResultView } from './public-types';

/**
 * A published result (成交结果公告, R25): the bids ranked on the announced criteria, the one
 * awarded, and the objection window in Beijing time with how many objections came in and are open.
 * The ranking is a list, not a table: it wraps on a phone.
 */
export function ResultCard(props: {
  result: PurchaseResultView;
  regionName: (code: string) => string;
}) {
  const { result, regionName } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  const windowOpen = stillAhead(result.objectionDeadline);
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="result"
      data-project={result.projectId}
      title={
        <Typography.Text className="procurement-card-title" data-testid="result-title">
          {result.title}
        </Typography.Text>
      }
    >
      <Space wrap size={4} className="procurement-card-tags">
        <Tag color={result.status === 'FAILED' ? 'default' : 'success'}>
          {label('projectStatus', result.status)}
        </Tag>
        <Tag color={windowOpen ? 'processing' : 'default'} data-testid="objection-window">
          {t(
            windowOpen
              ? 'procurement.public.results.windowOpen'
              : 'procurement.public.results.windowClosed',
          )}
        </Tag>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'region',
            label: t('procurement.fields.region'),
            children: t('procurement.public.regionYear', {
              region: regionName(result.regionCode),
              year: result.fiscalYear,
            }),
          },
          {
            key: 'method',
            label: t('procurement.public.announcement.method'),
            children: label('method', result.method),
          },
          {
            key: 'published',
            label: t('procurement.public.results.publishedAt'),
            children: t('procurement.public.beijingTime', {
              time: beijingTime(result.resultPublishedAt),
            }),
          },
          {
            key: 'deadline',
            label: t('procurement.public.results.objectionDeadline'),
            children: t('procurement.public.beijingTime', {
              time: beijingTime(result.objectionDeadline),
            }),
          },
          {
            key: 'objections',
            label: t('procurement.public.results.objections'),
            children: t('procurement.public.results.objectionCount', {
              count: result.objections,
              open: result.openObjections,
            }),
          },
        ]}
      />
      <Typography.Text strong>{t('procurement.public.results.ranking')}</Typography.Text>
      <ol className="procurement-ranking" data-testid="ranking">
        {result.ranking.map((bid) => (
          <li key={bid.rank} data-testid="ranked-bid" data-awarded={String(bid.awarded)}>
            <span className="procurement-rank">
              {t('procurement.public.results.rank', { rank: bid.rank })}
            </span>
            <span className="procurement-ranked-name">{bid.undertakerName}</span>
            {bid.awarded && (
              <Tag color="success" data-testid="awarded-tag">
                {t('procurement.public.results.awarded')}
              </Tag>
            )}
            <span className="procurement-ranked-figures">
              {t('procurement.public.results.figures', {
                price: yuan(bid.priceFen),
                score: bid.totalScore.toFixed(2),
              })}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
