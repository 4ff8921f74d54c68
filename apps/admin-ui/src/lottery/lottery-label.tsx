import { Tag } from 'antd';

/** The 彩票公益金资助 label every notice and report of the fund carries (R23). */
export function LotteryLabel({ label }: { label?: string }) {
  if (!label) return null;
  return (
    <Tag color="red" className="lottery-label" data-testid="lottery-label">
      {label}
    </Tag>
  );
}
