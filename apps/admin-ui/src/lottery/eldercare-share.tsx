import { Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The share of a year's approved money that went to eldercare (扶老) against its floor (R21), with
 * a bar; without a share while nothing is approved.
 */
export function EldercareShare(props: {
  percent?: string | null;
  floorPercent: number;
  meetsFloor?: boolean | null;
}) {
  const { percent, floorPercent: floor, meetsFloor } = props;
  const { t } = useTranslation();
  const known = percent !== undefined && percent !== null;
  return (
    <div data-testid="eldercare-share" data-meets={String(meetsFloor ?? '')}>
      <Typography.Text strong>
        {known
          ? t('lottery.year.eldercare', { percent, floor })
          : t('lottery.year.eldercareNone', { floor })}
      </Typography.Text>
      {known && (
        <>
          {' '}
          <Tag color={meetsFloor === false ? 'error' : 'success'}>
            {t(meetsFloor === false ? 'lottery.year.floorMissed' : 'lottery.year.floorMet')}
          </Tag>
          <Progress
            percent={Math.min(Number(percent), 100)}
            status={meetsFloor === false ? 'exception' : 'normal'}
            showInfo={false}
          />
        </>
      )}
    </div>
  );
}
