import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useCohorts } from '../queries';
import { useCohortColumns } from './cohort-columns';
import { CreateCohortModal } from './create-cohort-modal';
import { ExportButton } from '../../common/export-button';

/**
 * The cohort board (R16): staff see their base's cohorts, officers every base's, each with its
 * phase, seats and answers so far, the in-kind value given, and the answer deadline, red once
 * overdue; the latest window first, a page at a time. Staff open new cohorts here.
 */
export function CohortsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const paging = usePaging();
  const cohorts = useCohorts(paging.query);
  const [creating, setCreating] = useState(false);
  const columns = useCohortColumns();
  if (cohorts.isError) return <ErrorResult error={cohorts.error} />;
  return (
    <Card
      title={t('incubation.cohorts.title')}
      extra={
        can(Permission.INCUBATION_RUN) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-cohort"
            onClick={() => setCreating(true)}
          >
            {t('incubation.cohorts.create')}
          </Button>
        )
      }
    >
      <div className="filter-bar">
        <ExportButton path="/api/v1/incubation/cohorts/export.xlsx" />
      </div>
      <Table<CohortView>
        rowKey="id"
        data-testid="cohorts-table"
        loading={cohorts.isPending}
        dataSource={cohorts.data?.items}
        columns={columns}
        pagination={paging.pagination(cohorts.data)}
      />
      {creating && <CreateCohortModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
