import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrganizationView } from '../api/types';
import { PlainList } from '../common/plain-list';
import { useLocalizedMessage } from './localized';
import { TierTag } from './tier-tag';

/** The tier (R5) with each fact it was decided on, and the policy version in force. */
export function TierDecisionCard({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const localized = useLocalizedMessage();
  const decision = organization.tierDecision;
  const failures = organization.registrationThreshold.failures;
  return (
    <Card title={t('organizations.tier.title')} data-testid="tier-decision">
      <Space orientation="vertical" className="full-width">
        <Space wrap>
          <TierTag tier={decision.tier} />
          <Typography.Text type="secondary">
            {t('organizations.tier.policy', { version: decision.policyVersion })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('organizations.tier.decidedAt', {
              time: dayjs(decision.decidedAt).format('YYYY-MM-DD HH:mm'),
            })}
          </Typography.Text>
        </Space>
        <PlainList
          header={t('organizations.tier.reasons')}
          items={decision.reasons}
          testId="tier-reasons"
          render={(reason) => (
            <Space>
              {reason.met === false ? (
                <CloseCircleTwoTone twoToneColor="#faad14" />
              ) : (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              )}
              <span>{localized(reason)}</span>
              <Typography.Text type="secondary">{reason.rule}</Typography.Text>
            </Space>
          )}
        />
        {failures.length > 0 && (
          <PlainList
            header={t('organizations.tier.thresholdFailures')}
            items={failures}
            render={(failure) => localized(failure)}
          />
        )}
      </Space>
    </Card>
  );
}
