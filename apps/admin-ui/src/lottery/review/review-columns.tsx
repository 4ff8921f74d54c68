import { Button, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/types';
import { useYuan } from '../../finance/use-yuan';
import { type Decision } from '../queries';
import { ApplicationStatusTag } from '../status-tag';
import { PriorityReasons } from './priority-reasons';

/** The review queue's columns: who, what, how much, where, the priority and its reasons. */
export function useReviewColumns(
  onDecide: (application: ApplicationView, decision: Decision) => void,
): TableColumnsType<ApplicationView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const area = (value: string) => <Tag>{t(`enums.areaType.${value}`)}</Tag>;
  return [
    {
      title: t('lottery.fields.organization'),
      key: 'organization',
      render: (_, a) => (
        <>
          <div>{a.organizationName}</div>
          {area(a.organizationAreaType)}
        </>
      ),
    },
    {
      title: t('lottery.fields.project'),
      key: 'project',
      render: (_, a) => (
        <>
          <div>{a.projectName}</div>
          <div className="secondary-text">
            {t('lottery.review.projectArea', { area: t(`enums.areaType.${a.projectAreaType}`) })}
            {' · '}
            {t('lottery.review.beneficiaries', { count: a.beneficiaryTotal })}
          </div>
        </>
      ),
    },
    {
      title: t('lottery.fields.requested'),
      dataIndex: 'requestedFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('lottery.fields.priority'),
      key: 'priority',
      render: (_, a) => <PriorityReasons priority={a.priority} />,
    },
    {
      title: t('lottery.fields.status'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, a) => (
        <>
          <ApplicationStatusTag status={a.status} />
          {a.decision && <div className="secondary-text">{a.decision.comment}</div>}
        </>
      ),
    },
    {
      title: '',
      key: 'actions',
      className: 'nowrap',
      render: (_, a) =>
        a.status === 'SUBMITTED' && (
          <Space>
            <Button
              type="primary"
              size="small"
              data-testid="approve"
              onClick={() => onDecide(a, 'approve')}
            >
              {t('lottery.review.approve')}
            </Button>
            <Button danger size="small" data-testid="reject" onClick={() => onDecide(a, 'reject')}>
              {t('lottery.review.reject')}
            </Button>
          </Space>
        ),
    },
  ];
}
