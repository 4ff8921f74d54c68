import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BID_STATUS_COLORS,
  type BidStatus,
  PROJECT_STATUS_COLORS,
  type ProjectStatus,
} from './project-types';

/** Where a project stands (R25), in the UI language. */
export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PROJECT_STATUS_COLORS[status]} data-testid="project-status" data-status={status}>
      {t(`procurement.projects.statuses.${status}`)}
    </Tag>
  );
}

/** Where a bid stands (R25). */
export function BidStatusTag({ status }: { status: BidStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={BID_STATUS_COLORS[status]} data-testid="bid-status" data-status={status}>
      {t(`procurement.projects.bidStatuses.${status}`)}
    </Tag>
  );
}

/** A criterion's name in the UI language (R25: both are announced). */
export function useCriterionName(): (c: { name: string; nameZh: string }) => string {
  const { i18n } = useTranslation();
  return (c) => (i18n.language === 'en' ? c.name : c.nameZh);
}
