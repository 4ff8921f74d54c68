import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManagementTier } from '../api/types';

const COLORS: Record<ManagementTier, string> = {
  REGISTERED: 'green',
  STREET_FILED: 'blue',
  COMMUNITY_GUIDED: 'gold',
};

/** The management tier (R5) as a coloured tag. */
export function TierTag({ tier }: { tier: ManagementTier }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[tier]} data-testid="tier-tag">
      {t(`enums.tier.${tier}`)}
    </Tag>
  );
}
