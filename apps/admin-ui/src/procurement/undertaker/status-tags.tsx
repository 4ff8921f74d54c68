import { Tag } from 'antd';
import { useProcurementLabel } from '../public/labels';
import type { BidStatus, DirectoryStatus } from './undertaker-types';

const DIRECTORY_COLORS: Record<DirectoryStatus, string> = {
  PENDING: 'processing',
  LISTED: 'success',
  REFUSED: 'error',
  REMOVED: 'default',
};

/** A directory entry's status (R24): pending, listed, refused, removed. */
export function DirectoryStatusTag({ status }: { status: DirectoryStatus }) {
  const label = useProcurementLabel();
  return (
    <Tag color={DIRECTORY_COLORS[status]} data-testid="entry-status" data-status={status}>
      {label('directoryStatus', status)}
    </Tag>
  );
}

const BID_COLORS: Record<BidStatus, string> = {
  SUBMITTED: 'processing',
  WITHDRAWN: 'default',
  RANKED: 'blue',
  AWARDED: 'success',
  NOT_AWARDED: 'default',
};

/** A bid's status (R25): submitted, withdrawn, ranked, awarded or not. */
export function BidStatusTag({ status }: { status: BidStatus }) {
  const label = useProcurementLabel();
  return (
    <Tag color={BID_COLORS[status]} data-testid="bid-status" data-status={status}>
      {label('bidStatus', status)}
    </Tag>
  );
}
