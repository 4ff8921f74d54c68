import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundPositionView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';
import { usage } from './fund-usage';

type Position = Omit<FundPositionView, 'fund' | 'fiscalYear'>;

/** One fund (or all of them) for a year: budget, available, committed, paid, and a bar. */
export function FundCard(props: { title: string; position: Position; testId: string }) {
  const { title, position, testId } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const { used, disbursed } = usage(position);
  const figure = (key: string, fen: number) => (
    <Col span={12}>
      <Statistic className="nowrap" title={t(`finance.funds.${key}`)} value={yuan(fen)} />
    </Col>
  );
  return (
    <Card title={title} size="small" className="fund-card" data-testid={testId}>
      <Row gutter={[16, 8]}>
        {figure('appropriated', position.appropriatedFen)}
        {figure('available', position.availableFen)}
        {figure('committed', position.committedFen)}
        {figure('disbursed', position.disbursedFen)}
      </Row>
      {position.appropriatedFen > 0 ? (
        <>
          <Progress
            aria-label={t('finance.funds.usage', { percent: used.text, disbursed: disbursed.text })}
            percent={used.percent ?? 0}
            success={{ percent: disbursed.percent ?? 0 }}
            showInfo={false}
          />
          <Typography.Text type="secondary" data-testid="fund-usage">
            {t('finance.funds.usage', { percent: used.text, disbursed: disbursed.text })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('finance.funds.noBudget')}</Typography.Text>
      )}
    </Card>
  );
}
