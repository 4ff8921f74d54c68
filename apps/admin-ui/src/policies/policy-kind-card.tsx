import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOfficerRegions } from '../procurement/use-region-options';
import { PolicyBodyView } from './policy-body-view';
import type { PolicyKind, PolicyView } from './policy-types';
import { usePolicyLabels } from './use-policy-labels';

/**
 * One kind of policy as it stands for the region and day asked (issue #17): its name and rule,
 * the version in force, from when and for which region (a county may be following its city's or
 * the province's), its numbers; a link to its history and, for an administrator, a new version.
 */
export function PolicyKindCard(props: {
  kind: PolicyKind;
  doc?: PolicyView;
  onPropose?: (kind: PolicyKind) => void;
}) {
  const { kind, doc, onPropose } = props;
  const { t } = useTranslation();
  const { kindName } = usePolicyLabels();
  const regions = useOfficerRegions();
  const actions = [
    <Link key="history" to={`/policies/${kind}`} data-testid="policy-history-link">
      <HistoryOutlined /> {t('policies.history.open')}
    </Link>,
  ];
  if (onPropose) {
    actions.push(
      <Button
        key="propose"
        type="link"
        size="small"
        icon={<PlusOutlined />}
        data-testid="policy-propose-kind"
        onClick={() => onPropose(kind)}
      >
        {t('policies.propose.open')}
      </Button>,
    );
  }
  return (
    <Card
      size="small"
      className="policy-card"
      data-testid="policy-kind"
      data-kind={kind}
      title={
        <span className="policy-card-title">
          {kindName(kind)} <Tag>{doc?.rule ?? ''}</Tag>
        </span>
      }
      actions={actions}
    >
      {doc ? (
        <>
          <Typography.Paragraph type="secondary" className="policy-card-meta">
            <span data-testid="policy-version">
              {t('policies.versionOf', { version: doc.version })}
            </span>
            {' · '}
            {t('policies.effectiveFrom', { date: doc.effectiveFrom })}
            {' · '}
            {t('policies.regionOf', { region: regions.nameOf(doc.regionCode) })}
          </Typography.Paragraph>
          <PolicyBodyView kind={kind} body={doc.body} />
        </>
      ) : (
        <Empty description={t('policies.noneInForce')} />
      )}
    </Card>
  );
}
