import { Alert, Card, Col, Row, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../common/use-yuan';
import { AnnualDisclosure } from './annual/annual-disclosure';
import { EldercareShare } from './eldercare-share';
import { useLotteryYear } from './queries';

/** A programme year at a glance: money, the eldercare share against its floor (R21), and the
 * annual disclosure's deadline (R23), warned about when it is near or past. */
export function YearCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const query = useLotteryYear(year);
  const view = query.data;
  if (!view) return <Card loading={query.isPending} data-testid="lottery-year" />;
  const { eldercare } = view;
  return (
    <Card title={t('lottery.year.title', { year })} size="small" data-testid="lottery-year">
      <Row gutter={[16, 8]}>
        <Col xs={12} md={6}>
          <Statistic title={t('lottery.year.budget')} value={yuan(view.budgetFen)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('lottery.year.approved')} value={yuan(view.approvedFen)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('lottery.year.paid')} value={yuan(view.paidFen)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('lottery.year.programmes')} value={view.programmes} />
        </Col>
      </Row>
      <Space orientation="vertical" className="full-width year-details">
        <EldercareShare {...eldercare} />
        {eldercare.meetsFloor === false && (
          <Alert type="warning" showIcon title={t('lottery.year.belowFloor')} />
        )}
        <AnnualDisclosure year={year} disclosure={view.annualDisclosure} />
      </Space>
    </Card>
  );
}
