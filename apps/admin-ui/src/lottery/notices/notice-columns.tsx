import { Button, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeKind, NoticeView } from '../../api/types';
import { noticeTime, objectionsOpen } from '../public/project-notice-details';

const KIND_COLORS: Record<NoticeKind, string> = {
  PUBLICITY: 'gold',
  PROJECT_FUNDED: 'blue',
  ANNUAL_REPORT: 'purple',
};

export type NoticeAction = 'correct' | 'view';

/** Whether the notice is one an officer corrects here: a project's notice still in force. */
export const correctable = (notice: NoticeView) =>
  notice.inForce && notice.kind !== 'ANNUAL_REPORT' && notice.content !== undefined;

/**
 * The notices' columns: kind, title (with why it corrects another), when it was published, in
 * force or corrected (and when), objections, and what the officer may do with it.
 */
export function useNoticeColumns(
  notices: readonly NoticeView[],
  onAction: (notice: NoticeView, action: NoticeAction) => void,
): TableColumnsType<NoticeView> {
  const { t } = useTranslation();
  const correctionOf = (notice: NoticeView) => notices.find((n) => n.corrects === notice.id);
  return [
    {
      title: t('lottery.notices.kind'),
      dataIndex: 'kind',
      className: 'nowrap',
      render: (kind: NoticeKind) => (
        <Tag color={KIND_COLORS[kind]}>{t(`enums.noticeKind.${kind}`)}</Tag>
      ),
    },
    {
      title: t('lottery.notices.noticeTitle'),
      key: 'title',
      render: (_, notice) => (
        <>
          <div>{notice.title}</div>
          {notice.correctionReason && (
            <div className="secondary-text">
              {t('lottery.public.correctionReason', { reason: notice.correctionReason })}
            </div>
          )}
        </>
      ),
    },
    {
      title: t('lottery.public.publishedAt'),
      dataIndex: 'publishedAt',
      className: 'nowrap',
      render: noticeTime,
    },
    {
      title: t('lottery.notices.state'),
      key: 'state',
      className: 'nowrap',
      render: (_, notice) => {
        const correction = correctionOf(notice);
        return notice.inForce ? (
          <Tag color="success" data-testid="notice-state" data-in-force="true">
            {t('lottery.notices.inForce')}
          </Tag>
        ) : (
          <>
            <Tag color="orange" data-testid="notice-state" data-in-force="false">
              {t('lottery.public.corrected')}
            </Tag>
            {correction && (
              <div className="secondary-text">
                {t('lottery.notices.correctedAt', { time: noticeTime(correction.publishedAt) })}
              </div>
            )}
          </>
        );
      },
    },
    {
      title: t('lottery.public.objectionCount'),
      key: 'objections',
      className: 'nowrap',
      render: (_, notice) => (
        <>
          <div data-testid="objection-count">{notice.objectionCount}</div>
          {notice.objectionsUntil && notice.inForce && (
            <div className="secondary-text">
              {objectionsOpen(notice)
                ? t('lottery.notices.objectionsUntil', { time: noticeTime(notice.objectionsUntil) })
                : t('lottery.public.periodOver')}
            </div>
          )}
        </>
      ),
    },
    {
      title: '',
      key: 'actions',
      className: 'nowrap',
      render: (_, notice) => {
        if (notice.kind === 'ANNUAL_REPORT') {
          return (
            <Button size="small" data-testid="view-report" onClick={() => onAction(notice, 'view')}>
              {t('lottery.notices.view')}
            </Button>
          );
        }
        return (
          correctable(notice) && (
            <Button
              size="small"
              data-testid="correct-notice"
              onClick={() => onAction(notice, 'correct')}
            >
              {t('lottery.notices.correct')}
            </Button>
          )
        );
      },
    },
  ];
}
