import { Button, Card, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { beijingMinute, deadlineTone, TONE_COLORS } from './work-deadline';
import type { WorkItemView } from './work-queries';

/**
 * One kind of work waiting: what it is and where (the programme, call, cohort or project), how
 * many, since when, its deadline in Beijing time (red once past, orange within 3 days), and a
 * link straight to the list filtered to it.
 */
export function WorkCard({ item }: { item: WorkItemView }) {
  const { t } = useTranslation();
  const tone = item.deadline ? deadlineTone(item.deadline) : undefined;
  return (
    <Card
      size="small"
      className="work-card"
      data-testid="work-card"
      data-kind={item.kind}
      title={t(`home.work.kinds.${item.kind}`)}
    >
      <Space orientation="vertical" size="small" className="full-width">
        {item.programme && (
          <Typography.Text type="secondary" data-testid="work-programme">
            {item.programme}
          </Typography.Text>
        )}
        <Statistic value={item.count} data-testid="work-count" data-count={item.count} />
        {item.deadline && tone && (
          <Tag color={TONE_COLORS[tone]} data-testid="work-deadline" data-tone={tone}>
            {t(tone === 'past' ? 'home.work.overdue' : 'home.work.deadline', {
              time: beijingMinute(item.deadline),
            })}
          </Tag>
        )}
        {item.oldestAt && (
          <Typography.Text type="secondary">
            {t('home.work.oldest', { time: beijingMinute(item.oldestAt) })}
          </Typography.Text>
        )}
        <Link to={item.link} data-testid="work-link">
          <Button type="primary" size="small">
            {t('home.work.open')}
          </Button>
        </Link>
      </Space>
    </Card>
  );
}
