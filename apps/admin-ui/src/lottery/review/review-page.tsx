import { Card, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ApplicationView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { useMoreOptionsPopup } from '../../common/more-rows';
import { ResponsiveTable } from '../../common/responsive-table';
import { AnswersView, schemaOf } from '../../forms';
import { useProgrammes, useRanking } from '../queries';
import { YearCard } from '../year-card';
import { ApplicationDrawer } from './application-drawer';
import { AssessModal } from './assess-modal';
import { DecisionModal } from './decision-modal';
import { useQueueApplications } from './queue-query';
import { queueRows, type QueueRow } from './queue-rows';
import { RankingSummary } from './ranking-summary';
import type { ReviewAction } from './review-actions';
import { WithdrawModal } from './withdraw-modal';
import { useReviewColumns } from './review-columns';
import { ExportButton } from '../../common/export-button';

/**
 * A programme's applications in rank order (R13): the officer assesses each one's merit, then
 * approves those the ranking funds within the budget and rural reserve (R14), or rejects, always
 * with a comment. The year's eldercare share (R21) and annual disclosure (R23) are above. The
 * programmes to pick from are the largest page (when there are more, the select says so); the
 * queue is the programme's every application, a page at a time on screen (a card each on a
 * phone). When the programme adds questions (issue #17), a row opens on the applicant's answers (for
 * officers only: answers are never published, R23); each application opens in a drawer to be read
 * whole before its merit is scored (issue #18).
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const year = dayjs().year();
  const [params, setParams] = useSearchParams();
  const programmes = useProgrammes(year);
  const programmeId = params.get('programme') ?? programmes.data?.items[0]?.id ?? '';
  const programme = programmes.data?.items.find((p) => p.id === programmeId);
  const morePopup = useMoreOptionsPopup(programmes.data);
  const applications = useQueueApplications(programmeId);
  const ranking = useRanking(programmeId);
  // While another programme's ranking is still shown (kept while the new one loads), none.
  const ranked = ranking.data?.programmeId === programmeId ? ranking.data : undefined;
  const [acting, setActing] = useState<{ application: ApplicationView; action: ReviewAction }>();
  const unassessed = ranked?.unassessed ?? 0;
  const columns = useReviewColumns(unassessed, (application, action) =>
    setActing({ application, action }),
  );
  const rows = useMemo(
    () => (programmeId ? queueRows(applications.data?.items ?? [], ranked) : []),
    [programmeId, applications.data, ranked],
  );
  const error = programmes.error ?? applications.error ?? ranking.error;
  if (error) return <ErrorResult error={error} />;
  const close = () => setActing(undefined);
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <YearCard year={year} />
      <Card
        title={t('lottery.review.title')}
        extra={
          <Select
            className="programme-select"
            data-testid="programme-select"
            aria-label={t('lottery.fields.programme')}
            value={programmeId || undefined}
            onChange={(id: string) => setParams({ programme: id })}
            popupRender={morePopup}
            options={programmes.data?.items.map((p) => ({ value: p.id, label: p.name }))}
          />
        }
      >
        {programmeId && (
          <div className="filter-bar">
            <ExportButton
              path="/api/v1/lottery/applications/export.xlsx"
              filters={{ programmeId }}
            />
          </div>
        )}
        {ranked && <RankingSummary ranking={ranked} />}
        <ResponsiveTable<QueueRow>
          rowKey={(row) => row.application.id}
          data-testid="review-table"
          loading={
            programmes.isPending ||
            (programmeId !== '' && (applications.isPending || ranking.isPending))
          }
          dataSource={rows}
          columns={columns}
          expandable={
            programme?.form
              ? {
                  // issue #17: the answers to the programme's added questions, under each row.
                  expandedRowRender: ({ application }) => (
                    <AnswersView schema={schemaOf(programme.form)} answers={application.answers} />
                  ),
                }
              : undefined
          }
        />
      </Card>
      {acting?.action === 'read' && (
        <ApplicationDrawer application={acting.application} programme={programme} onClose={close} />
      )}
      {acting?.action === 'assess' && (
        <AssessModal application={acting.application} onClose={close} />
      )}
      {acting?.action === 'withdraw' && (
        <WithdrawModal application={acting.application} onClose={close} />
      )}
      {(acting?.action === 'approve' || acting?.action === 'reject') && (
        <DecisionModal application={acting.application} decision={acting.action} onClose={close} />
      )}
    </Space>
  );
}
