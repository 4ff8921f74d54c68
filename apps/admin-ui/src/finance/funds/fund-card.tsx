import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundPositionView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';

type Position = Omit<FundPositionView, 'fund' | 'fiscalYear'>;

/** Shares of the budget used (committed or paid) and paid out, 0–100. */
export function usage(position: Position) {
  const { appropriatedFen: budget } = position;
  const share = (fen: number) => (budget > 0 ? Math.floor((fen * 100) / budget) : 0);
  return {
    used: share(budget - position.availableFen),
    disbursed: share(position.disbursedFen),
  };
}

/** One fund (or all of them) for a year: budget, available, committed, paid, and a bar. */
export function FundCard(props: { title: string; position: Position; testId: string }) {
  const { title, position, testId } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const { used, disbursed } = usage(position);
  const figure = (key: string, fen: number) => (
    <Col span={12}>
      <Statistic title={t(`finance.funds.${key}`)} value={yuan(fen)} />
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
          <Progress percent={used} success={{ percent: disbursed }} showInfo={false} />
          <Typography.Text type="secondary">
            {t('finance.funds.usage', { percent: used, disbursed })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('finance.funds.noBudget')}</Typography.Text>
      )}
    </Card>
  );
}
