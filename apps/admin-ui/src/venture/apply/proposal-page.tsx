import { Alert, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { useCall } from '../call-queries';
import { useProposal } from '../proposal-queries';
import { ProposalForm } from './proposal-form';
import { proposalFormValues } from './proposal-values';

/**
 * Writes a proposal (R17): `?call=` starts a draft for that call, `?id=` goes on with a saved one.
 * A submitted proposal is frozen: it is shown, and cannot be changed.
 */
export function ProposalPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // The proposal loaded once: saving a new draft puts its id in the address, not a reload.
  const [loadedId] = useState(params.get('id') ?? '');
  const [callParam] = useState(params.get('call') ?? '');
  const proposal = useProposal(loadedId);
  const callId = proposal.data?.callId ?? callParam;
  const call = useCall(callId);
  const error = proposal.error ?? call.error;
  if (!loadedId && !callParam) return <Navigate to="/venture/apply" replace />;
  if (error) return <ErrorResult error={error} />;
  if ((loadedId && !proposal.data) || !call.data) return <Spin className="page-spin" />;
  const frozen = proposal.data !== undefined && proposal.data.status !== 'DRAFT';
  return (
    <>
      {frozen && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          data-testid="proposal-frozen"
          title={t('venture.apply.frozen')}
          action={<Link to="/venture/mine">{t('menu.ventureMine')}</Link>}
        />
      )}
      {!frozen && !call.data.open && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="call-closed"
          title={t('venture.apply.deadlinePassed')}
        />
      )}
      <ProposalForm
        call={call.data}
        proposalId={proposal.data?.id}
        initialValues={proposal.data ? proposalFormValues(proposal.data) : undefined}
        disabled={frozen || !call.data.open}
      />
    </>
  );
}
