import { shareOf } from '@civic/domain/dashboards';

/**
 * The share as a number for the bar and a text: from the amounts with shareOf (issue #18: a
 * non-zero eldercare amount never reads 0 %), else the server's percent as it is.
 */
export function eldercarePercent(props: {
  percent?: string | null;
  eldercareFen?: number;
  totalFen?: number;
}): { percent: number | null; text: string } {
  const { eldercareFen, totalFen } = props;
  if (eldercareFen !== undefined && totalFen !== undefined && totalFen > 0) {
    const share = shareOf(Math.min(eldercareFen, totalFen), totalFen);
    return { percent: share.percent, text: share.text };
  }
  if (props.percent === undefined || props.percent === null) return { percent: null, text: '—' };
  return { percent: Number(props.percent), text: `${props.percent}%` };
}
