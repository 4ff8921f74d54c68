import { Permission } from '@civic/domain/access';
import { useMemo, useState } from 'react';
import type { AdmissionRankingRowView, CohortView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { ResponsiveTable } from '../../common/responsive-table';
import { AnswersView, schemaOf } from '../../forms';
import { useRanking } from '../queries';
import { AssessModal } from './assess-modal';
import { CohortActions } from './cohort-actions';
import { FoundingGroupModal } from './founding-group-modal';
import { useRankingColumns } from './ranking-columns';
import { rankingRows } from './ranking-rows';
import { RankingSummary } from './ranking-summary';
import { ExportButton } from '../../common/export-button';

/**
 * 申请与排名: every applicant with its screening, priority bonus and merit, ranked by
 * merit × (1 + bonus/100) with the rural reserve (R13, R14), and what deciding now would give;
 * after the decision, each one's answer (R16). With the cohort's added questions (issue #17), a
 * row opens on the applicant's answers. The whole ranking, a page at a time (a card each on a
 * phone).
 */
export function RankingTab({ cohort }: { cohort: CohortView }) {
  const can = useCan();
  const ranking = useRanking(cohort.id);
  const [assessing, setAssessing] = useState<AdmissionRankingRowView>();
  const [entering, setEntering] = useState(false);
  const runs = can(Permission.INCUBATION_RUN);
  const columns = useRankingColumns(runs && cohort.phase !== 'DECIDED' ? setAssessing : undefined);
  const rows = useMemo(() => rankingRows(ranking.data?.rows ?? []), [ranking.data]);
  if (ranking.isError) return <ErrorResult error={ranking.error} />;
  return (
    <>
      {runs && (
        <CohortActions
          cohort={cohort}
          shown={ranking.data}
          unassessed={ranking.data?.unassessed}
          onEnter={() => setEntering(true)}
        />
      )}
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/incubation/admissions/export.xlsx"
          filters={{ cohortId: cohort.id }}
        />
      </div>
      {ranking.data && <RankingSummary ranking={ranking.data} />}
      <ResponsiveTable<AdmissionRankingRowView>
        rowKey="id"
        data-testid="ranking-table"
        loading={ranking.isPending}
        dataSource={rows}
        columns={columns}
        expandable={
          cohort.form
            ? {
                // issue #17: the answers to the cohort's added questions, under each applicant.
                expandedRowRender: (row) => (
                  <AnswersView schema={schemaOf(cohort.form)} answers={row.answers} />
                ),
              }
            : undefined
        }
      />
      {assessing && <AssessModal admission={assessing} onClose={() => setAssessing(undefined)} />}
      {entering && <FoundingGroupModal cohort={cohort} onClose={() => setEntering(false)} />}
    </>
  );
}
