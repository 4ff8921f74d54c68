import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@civic/domain/access';
import { Button, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortView, IncubateeView, TrainingView } from '../../api/types';
import { useCan } from '../../auth/use-can';
import { ErrorResult } from '../../common/error-result';
import { MoreRowsAlert } from '../../common/more-rows';
import { usePaging } from '../../common/use-paging';
import { useIncubatees, useTrainings } from '../incubatee-queries';
import { AttendanceModal } from './attendance-modal';
import { CreateTrainingModal } from './create-training-modal';
import { ExportButton } from '../../common/export-button';

/**
 * 培训: the cohort's training sessions (R11), a page at a time, and who attended; staff add both.
 * Attendees are named from the cohort's incubatees (the largest page, saying if there are more).
 */
export function TrainingsTab({ cohort }: { cohort: CohortView }) {
  const { t } = useTranslation();
  const runs = useCan()(Permission.INCUBATION_RUN);
  const paging = usePaging();
  const trainings = useTrainings(cohort.id, paging.query);
  const cohortIncubatees = useIncubatees(cohort.id);
  const incubatees = cohortIncubatees.data?.items ?? [];
  const [creating, setCreating] = useState(false);
  const [attending, setAttending] = useState<TrainingView>();
  const columns = useColumns(incubatees, runs ? setAttending : undefined);
  if (trainings.isError) return <ErrorResult error={trainings.error} />;
  return (
    <>
      {runs && (
        <Space className="filter-bar">
          <Button
            icon={<PlusOutlined />}
            data-testid="create-training"
            onClick={() => setCreating(true)}
          >
            {t('incubation.training.create')}
          </Button>
        </Space>
      )}
      <div className="filter-bar">
        <ExportButton
          path="/api/v1/incubation/cohorts/{id}/trainings/export.xlsx"
          params={{ id: cohort.id }}
        />
      </div>
      <MoreRowsAlert
        list={cohortIncubatees.data}
        message={(counts) => t('incubation.training.moreIncubatees', counts)}
      />
      <Table<TrainingView>
        rowKey="id"
        data-testid="trainings-table"
        loading={trainings.isPending}
        dataSource={trainings.data?.items}
        columns={columns}
        pagination={paging.pagination(trainings.data)}
      />
      {creating && <CreateTrainingModal cohort={cohort} onClose={() => setCreating(false)} />}
      {attending && (
        <AttendanceModal
          training={attending}
          incubatees={incubatees}
          onClose={() => setAttending(undefined)}
        />
      )}
    </>
  );
}

function useColumns(
  incubatees: readonly IncubateeView[],
  onAttend?: (training: TrainingView) => void,
): TableColumnsType<TrainingView> {
  const { t } = useTranslation();
  const name = (id: string) => incubatees.find((i) => i.id === id)?.name ?? id;
  return [
    { title: t('incubation.training.name'), dataIndex: 'title' },
    { title: t('incubation.training.heldOn'), dataIndex: 'heldOn', className: 'nowrap' },
    { title: t('incubation.training.hours'), dataIndex: 'hours', align: 'right' },
    { title: t('incubation.training.trainer'), dataIndex: 'trainer' },
    {
      title: t('incubation.training.attendance'),
      key: 'attendance',
      render: (_, s) => (
        <div data-testid="attendance">
          <div className="strong-text">
            {t('incubation.training.attended', { count: s.attendees.length })}
          </div>
          <div className="secondary-text">
            {s.attendees.map(name).join(t('common.listSeparator'))}
          </div>
        </div>
      ),
    },
    {
      title: '',
      key: 'actions',
      className: 'nowrap',
      render: (_, s) =>
        onAttend && (
          <Button size="small" data-testid="record-attendance" onClick={() => onAttend(s)}>
            {t('incubation.training.record')}
          </Button>
        ),
    },
  ];
}
