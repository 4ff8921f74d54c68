import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { ApplicantOutcome } from '../../common/applicant-outcome';
import type { ProposalView } from '../types';

/**
 * A submitted proposal's outcome as its organization is told it (issue #18): pending until the
 * call's awards begin (R19), then its rank of how many, merit and rank score (R13), and awarded,
 * to be awarded, or not and why (R14, R27). Its bonus reasons have their own column.
 */
export function ProposalOutcomeCell({ proposal: p }: { proposal: ProposalView }) {
  const submitted = p.status !== 'DRAFT';
  const outcome = useQuery({
    queryKey: ['venture', 'proposals', p.id, 'outcome', p.status],
    queryFn: () =>
      unwrap(api.GET('/api/v1/venture/proposals/{id}/outcome', { params: { path: { id: p.id } } })),
    enabled: submitted,
  });
  if (!submitted) return null;
  if (outcome.isPending) return <Skeleton active paragraph={false} />;
  if (outcome.isError) {
    return <Typography.Text type="danger">{outcome.error.message}</Typography.Text>;
  }
  return <ApplicantOutcome outcome={outcome.data} withComment />;
}
