import { Card, Checkbox, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PolicyStatusTag } from './policy-status-tag';
import type { PolicyView } from './policy-types';
import { usePolicyLabels } from './use-policy-labels';
import { VersionActions } from './version-actions';
import { VersionDetails } from './version-details';

/**
 * One version as a card: the proposals waiting, and a kind's history on a phone. Its kind (where
 * the list mixes them), version and state; who proposed and decided it; the decisions the user
 * may take; a box to pick it for a comparison.
 */
export function VersionCard(props: {
  doc: PolicyView;
  showKind?: boolean;
  compare?: { checked: boolean; onChange: () => void };
  children?: ReactNode;
}) {
  const { doc, showKind, compare, children } = props;
  const { t } = useTranslation();
  const { kindName } = usePolicyLabels();
  return (
    <Card
      size="small"
      className="policy-card"
      data-testid="policy-version"
      data-version={doc.version}
      data-status={doc.status}
      title={
        <Space wrap size="small">
          {showKind && <Typography.Text strong>{kindName(doc.kind)}</Typography.Text>}
          <span>{t('policies.versionOf', { version: doc.version })}</span>
          <PolicyStatusTag status={doc.status} />
        </Space>
      }
    >
      <VersionDetails doc={doc} />
      {children}
      <Space wrap className="policy-card-footer">
        <VersionActions doc={doc} />
        {compare && (
          <Checkbox
            checked={compare.checked}
            onChange={compare.onChange}
            data-testid="policy-compare"
          >
            {t('policies.diff.pick')}
          </Checkbox>
        )}
      </Space>
    </Card>
  );
}
