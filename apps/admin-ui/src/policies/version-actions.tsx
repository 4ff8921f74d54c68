import { Permission } from '@civic/domain/access';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-can';
import { useCurrentUser } from '../auth/use-current-user';
import { DecisionModal } from './decision-modal';
import type { PolicyDecision } from './policy-queries';
import type { PolicyView } from './policy-types';

/**
 * What the signed-in user may do with a version waiting for its decision (R28): an administrator
 * other than its proposer approves or rejects it, its proposer withdraws it; nobody else, and
 * nothing once decided. The API checks again.
 */
export function useVersionDecisions(doc: PolicyView): PolicyDecision[] {
  const can = useCan();
  const user = useCurrentUser();
  if (doc.status !== 'PROPOSED' || !doc.id) return [];
  if (doc.proposedBy === user.id) return can(Permission.POLICY_PROPOSE) ? ['withdraw'] : [];
  return can(Permission.POLICY_APPROVE) ? ['approve', 'reject'] : [];
}

/** The buttons of those decisions, each asking for a note first. */
export function VersionActions({ doc }: { doc: PolicyView }) {
  const { t } = useTranslation();
  const decisions = useVersionDecisions(doc);
  const [open, setOpen] = useState<PolicyDecision | null>(null);
  if (decisions.length === 0 || !doc.id) return null;
  return (
    <>
      <Space wrap size="small" data-testid="version-actions">
        {decisions.map((decision) => (
          <Button
            key={decision}
            size="small"
            type={decision === 'approve' ? 'primary' : 'default'}
            danger={decision === 'reject'}
            data-testid={`policy-${decision}`}
            onClick={() => setOpen(decision)}
          >
            {t(`policies.decide.${decision}`)}
          </Button>
        ))}
      </Space>
      {open && (
        <DecisionModal doc={{ ...doc, id: doc.id }} decision={open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
