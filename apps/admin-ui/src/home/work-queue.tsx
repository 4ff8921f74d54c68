import { Alert, Card, Col, Empty, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../common/error-result';
import { WorkCard } from './work-card';
import { useMyWork, type WorkItemView } from './work-queries';

/**
 * The work waiting for the user (issue #18), a card per kind and place, the most urgent first
 * (overdue, then by deadline, then oldest); a service that did not answer is named, the rest
 * still shows. Nothing waiting: says so.
 */
export function WorkQueue() {
  const { t } = useTranslation();
  const work = useMyWork();
  if (work.isError) return <ErrorResult error={work.error} />;
  const services = work.data?.services ?? [];
  const items = services.flatMap((s) => s.items).sort(byUrgency);
  const down = services.filter((s) => s.unavailable);
  return (
    <Card title={t('home.work.title')} loading={work.isPending} data-testid="work-queue">
      <Space orientation="vertical" size="middle" className="full-width">
        {down.map((s) => (
          <Alert
            key={s.service}
            type="warning"
            showIcon
            data-testid="work-unavailable"
            data-service={s.service}
            title={t('home.work.unavailable', { service: t(`home.work.services.${s.service}`) })}
          />
        ))}
        {items.length === 0 && down.length === 0 ? (
          <Empty data-testid="work-empty" description={t('home.work.nothing')} />
        ) : (
          <Row gutter={[16, 16]}>
            {items.map((item, index) => (
              <Col
                key={`${item.kind}|${item.link}|${item.programme ?? ''}|${index}`}
                xs={24}
                sm={12}
                xl={8}
              >
                <WorkCard item={item} />
              </Col>
            ))}
          </Row>
        )}
      </Space>
    </Card>
  );
}

/** Deadlines first, the earliest first; then the oldest; then by kind, so the order is stable. */
function byUrgency(a: WorkItemView, b: WorkItemView): number {
  const at = (iso?: string) => (iso ? new Date(iso).getTime() : Number.POSITIVE_INFINITY);
  return (
    at(a.deadline) - at(b.deadline) ||
    at(a.oldestAt) - at(b.oldestAt) ||
    a.kind.localeCompare(b.kind) ||
    a.link.localeCompare(b.link)
  );
}
