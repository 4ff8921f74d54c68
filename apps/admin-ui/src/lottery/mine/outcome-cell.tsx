import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { ApplicationView } from '../../api/types';
import { ApplicantOutcome } from '../../common/applicant-outcome';

/**
 * An application's outcome as its applicant is told it (issue #18): once decided, its rank of how
 * many, merit, bonus reasons (R13) and funded or why not (R14, R27); asked only then, and again
 * when the status changes (finance's answer).
 */
export function LotteryOutcomeCell({ application: a }: { application: ApplicationView }) {
  const decided = a.status !== 'SUBMITTED';
  const outcome = useQuery({
    queryKey: ['lottery', 'applications', a.id, 'outcome', a.status],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lottery/applications/{id}/outcome', { params: { path: { id: a.id } } }),
      ),
    enabled: decided,
  });
  if (!decided) return null;
  if (outcome.isPending) return <Skeleton active paragraph={false} />;
  if (outcome.isError) {
    return <Typography.Text type="danger">{outcome.error.message}</Typography.Text>;
  }
  return <ApplicantOutcome outcome={outcome.data} withReasons />;
}
