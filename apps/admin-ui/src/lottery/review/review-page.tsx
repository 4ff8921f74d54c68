import { Card, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { ApplicationView } from '../../api/types';
import { ErrorResult } from '../../common/error-result';
import { type Decision, useApplications, useProgrammes } from '../queries';
import { YearCard } from '../year-card';
import { DecisionModal } from './decision-modal';
import { useReviewColumns } from './review-columns';

/**
 * A programme's applications by priority (R13), each with its reasons; the officer approves or
 * rejects with a comment. The year's eldercare share (R21) and disclosure deadline are above.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const year = dayjs().year();
  const [params, setParams] = useSearchParams();
  const programmes = useProgrammes(year);
  const programmeId = params.get('programme') ?? programmes.data?.[0]?.id ?? '';
  const applications = useApplications(programmeId);
  const [deciding, setDeciding] = useState<{ application: ApplicationView; decision: Decision }>();
  const columns = useReviewColumns((application, decision) =>
    setDeciding({ application, decision }),
  );
  const error = programmes.error ?? applications.error;
  if (error) return <ErrorResult error={error} />;
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
            options={programmes.data?.map((p) => ({ value: p.id, label: p.name }))}
          />
        }
      >
        <Table<ApplicationView>
          rowKey="id"
          data-testid="review-table"
          loading={programmes.isPending || (programmeId !== '' && applications.isPending)}
          dataSource={programmeId ? applications.data?.items : []}
          columns={columns}
          pagination={false}
        />
      </Card>
      {deciding && (
        <DecisionModal
          application={deciding.application}
          decision={deciding.decision}
          onClose={() => setDeciding(undefined)}
        />
      )}
    </Space>
  );
}
