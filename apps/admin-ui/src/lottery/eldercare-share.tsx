import { Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { eldercarePercent } from './eldercare-percent';

/**
 * The share of a year's approved money that went to eldercare (扶老) against its floor (R21), with
 * a bar; without a share while nothing is approved.
 */
export function EldercareShare(props: {
  percent?: string | null;
  /** The amounts, where the view has them: the share is then shown as the dashboards show it. */
  eldercareFen?: number;
  totalFen?: number;
  floorPercent: number;
  meetsFloor?: boolean | null;
}) {
  const { floorPercent: floor, meetsFloor } = props;
  const { t } = useTranslation();
  const { percent, text } = eldercarePercent(props);
  const known = percent !== null;
  return (
    <div data-testid="eldercare-share" data-meets={String(meetsFloor ?? '')}>
      <Typography.Text strong>
        {known
          ? t('lottery.year.eldercare', { percent: text, floor })
          : t('lottery.year.eldercareNone', { floor })}
      </Typography.Text>
      {known && (
        <>
          {' '}
          <Tag color={meetsFloor === false ? 'error' : 'success'}>
            {t(meetsFloor === false ? 'lottery.year.floorMissed' : 'lottery.year.floorMet')}
          </Tag>
          <Progress
            aria-label={t('lottery.year.eldercare', { percent: text, floor })}
            percent={Math.min(percent ?? 0, 100)}
            status={meetsFloor === false ? 'exception' : 'normal'}
            showInfo={false}
          />
        </>
      )}
    </div>
  );
}
