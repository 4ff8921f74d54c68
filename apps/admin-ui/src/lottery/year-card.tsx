import { Alert, Card, Col, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LotteryYearView } from '../api/types';
import { useYuan } from '../finance/use-yuan';
import { useLotteryYear } from './queries';

const DISCLOSURE_COLORS: Record<LotteryYearView['annualDisclosure']['status'], string> = {
  NOT_DUE: 'default',
  DUE_SOON: 'warning',
  OVERDUE: 'error',
  PUBLISHED: 'success',
};

/** A programme year at a glance: money, the eldercare share against its floor (R21), and the
 * annual disclosure's deadline (R23), warned about when it is near or past. */
export function YearCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const query = useLotteryYear(year);
  const view = query.data;
  if (!view) return <Card loading={query.isPending} data-testid="lottery-year" />;
  const { eldercare, annualDisclosure: disclosure } = view;
  const percent = eldercare.percent === undefined ? undefined : Number(eldercare.percent);
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
        <div data-testid="eldercare-share">
          <Typography.Text strong>
            {percent === undefined
              ? t('lottery.year.eldercareNone', { floor: eldercare.floorPercent })
              : t('lottery.year.eldercare', {
                  percent: eldercare.percent,
                  floor: eldercare.floorPercent,
                })}
          </Typography.Text>
          {percent !== undefined && (
            <Progress
              percent={Math.min(percent, 100)}
              status={eldercare.meetsFloor === false ? 'exception' : 'normal'}
              showInfo={false}
            />
          )}
        </div>
        {eldercare.meetsFloor === false && (
          <Alert type="warning" showIcon title={t('lottery.year.belowFloor')} />
        )}
        <div data-testid="annual-disclosure" data-status={disclosure.status}>
          <Typography.Text>
            {t('lottery.year.disclosure', {
              deadline: disclosure.deadline,
              days: disclosure.daysLeft,
            })}
          </Typography.Text>{' '}
          <Tag color={DISCLOSURE_COLORS[disclosure.status]}>
            {t(`enums.disclosureStatus.${disclosure.status}`)}
          </Tag>
        </div>
        {(disclosure.status === 'DUE_SOON' || disclosure.status === 'OVERDUE') && (
          <Alert
            type={disclosure.status === 'OVERDUE' ? 'error' : 'warning'}
            showIcon
            title={t(`lottery.year.disclosure${disclosure.status}`, {
              deadline: disclosure.deadline,
              days: Math.abs(disclosure.daysLeft),
            })}
          />
        )}
      </Space>
    </Card>
  );
}
