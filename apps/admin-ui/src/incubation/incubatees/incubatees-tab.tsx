import { Permission } from '@civic/domain/access';
import { Table } from 'antd';
import { useState } from 'react';
import type { CohortView, IncubateeView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { type IncubateeSort, useIncubatees } from '../incubatee-queries';
import { type IncubateeAction, useIncubateeColumns } from './incubatee-columns';
import { IncubateeDialog } from './incubatee-dialog';
import { ExportButton } from '../../common/export-button';

/**
 * 在孵组织: the cohort's admitted organizations and founding groups, with their venue, in-kind
 * support, trainings, activities, start-up subsidy and status; staff act on each (R4, R11,
 * R15, R16). A page at a time, by name unless sorted by name or status (on the server).
 */
export function IncubateesTab({ cohort }: { cohort: CohortView }) {
  const can = useCan();
  const paging = usePaging<IncubateeSort>();
  const incubatees = useIncubatees(cohort.id, paging.query);
  const [acting, setActing] = useState<{ incubatee: IncubateeView; action: IncubateeAction }>();
  const columns = useIncubateeColumns(
    cohort,
    can(Permission.INCUBATION_RUN)
      ? (incubatee, action) => setActing({ incubatee, action })
      : undefined,
  );
  const sorted = paging.sorting(columns, ['name', 'status']);
  if (incubatees.isError) return <ErrorResult error={incubatees.error} />;
  return (
    <>
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/incubation/incubatees/export.xlsx"
          filters={{ cohortId: cohort.id, sort: paging.query.sort }}
        />
      </div>
      <Table<IncubateeView>
        rowKey="id"
        data-testid="incubatees-table"
        loading={incubatees.isPending}
        dataSource={incubatees.data?.items}
        columns={sorted.columns}
        onChange={sorted.onChange}
        pagination={paging.pagination(incubatees.data)}
      />
      {acting && (
        <IncubateeDialog cohort={cohort} {...acting} onClose={() => setActing(undefined)} />
      )}
    </>
  );
}
