import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../../common/use-yuan';
import { openForBids } from './announcement-rules';
import { beijingTime } from './beijing-time';
import { CriteriaList } from './criteria-list';
import { useProcurementLabel } from './labels';
import type { PurchaseProjectView } from './public-types';

/** The announcement's status: open for bids, bidding closed, or where the project went since. */
export function AnnouncementStatus({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const label = useProcurementLabel();
  if (openForBids(project)) {
    return (
      <Tag color="processing" data-testid="announcement-status" data-status="OPEN">
        {t('procurement.public.announcement.open')}
      </Tag>
    );
  }
  const status = project.status === 'ANNOUNCED' ? 'BIDDING_CLOSED' : project.status;
  const color = status === 'AWARDED' || status === 'CONTRACTED' ? 'success' : 'default';
  return (
    <Tag color={color} data-testid="announcement-status" data-status={status}>
      {label('projectStatus', status)}
    </Tag>
  );
}

/**
 * A purchase announcement (采购公告, R25) as announced before bidding: the catalogue item bought,
 * region and year, the method, the budget, the contract term, the deadline in Beijing time, the
 * criteria with their weights and any reservation for community social organizations (R12).
 * `action` goes at its foot (the bid button for an undertaker).
 */
export function AnnouncementCard(props: {
  project: PurchaseProjectView;
  regionName: (code: string) => string;
  action?: ReactNode;
}) {
  const { project, regionName } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const label = useProcurementLabel();
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="announcement"
      data-project={project.id}
      title={
        <Typography.Text className="procurement-card-title" data-testid="announcement-title">
          {project.title}
        </Typography.Text>
      }
    >
      <Space wrap size={4} className="procurement-card-tags">
        <AnnouncementStatus project={project} />
        {project.reservedForSocialOrganizations && (
          <Tag color="green" data-testid="reserved-tag">
            {t('procurement.public.announcement.reserved')}
          </Tag>
        )}
      </Space>
      <Typography.Paragraph className="procurement-description">
        {project.description}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'item',
            label: t('procurement.public.announcement.item'),
            children: project.catalogueItemName,
          },
          {
            key: 'region',
            label: t('procurement.fields.region'),
            children: t('procurement.public.regionYear', {
              region: regionName(project.regionCode),
              year: project.fiscalYear,
            }),
          },
          {
            key: 'method',
            label: t('procurement.public.announcement.method'),
            children: label('method', project.method),
          },
          {
            key: 'budget',
            label: t('procurement.public.announcement.budget'),
            children: <span data-testid="announcement-budget">{yuan(project.budgetFen)}</span>,
          },
          {
            key: 'term',
            label: t('procurement.public.announcement.term'),
            children: t('procurement.public.months', { count: project.contractMonths }),
          },
          {
            key: 'deadline',
            label: t('procurement.public.announcement.deadline'),
            children: project.bidDeadline ? (
              <span data-testid="announcement-deadline">
                {t('procurement.public.beijingTime', { time: beijingTime(project.bidDeadline) })}
              </span>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'announced',
            label: t('procurement.public.announcement.announcedAt'),
            children: project.announcedAt
              ? t('procurement.public.beijingTime', { time: beijingTime(project.announcedAt) })
              : t('common.none'),
          },
          {
            key: 'bids',
            label: t('procurement.public.announcement.bidCount'),
            children: project.bidCount,
          },
        ]}
      />
      {project.reservedForSocialOrganizations && (
        <Alert
          type="info"
          showIcon
          className="procurement-reserved"
          title={t('procurement.public.announcement.reservedHelp')}
        />
      )}
      <CriteriaList criteria={project.criteria} />
      {props.action && <div className="procurement-card-action">{props.action}</div>}
    </Card>
  );
}
