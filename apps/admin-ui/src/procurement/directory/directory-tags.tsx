import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DIRECTORY_STATUS_COLORS,
  DIRECTORY_STATUSES,
  type DirectoryStatus,
  UNDERTAKER_KINDS,
  type UndertakerKind,
} from './directory-types';

/** An undertaker's kind (Order 102 art. 6), in the UI language. */
export function KindTag({ kind }: { kind: UndertakerKind }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid="undertaker-kind" data-kind={kind}>
      {t(`procurement.directory.kinds.${kind}`)}
    </Tag>
  );
}

/** Where an entry stands (R24): pending, listed, refused or removed. */
export function DirectoryStatusTag({ status }: { status: DirectoryStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={DIRECTORY_STATUS_COLORS[status]} data-testid="entry-status" data-status={status}>
      {t(`procurement.directory.statuses.${status}`)}
    </Tag>
  );
}

/** The kinds and the statuses as select options, in the UI language. */
export function useDirectoryOptions() {
  const { t } = useTranslation();
  return {
    kinds: UNDERTAKER_KINDS.map((kind) => ({
      value: kind,
      label: t(`procurement.directory.kinds.${kind}`),
    })),
    statuses: DIRECTORY_STATUSES.map((status) => ({
      value: status,
      label: t(`procurement.directory.statuses.${status}`),
    })),
  };
}
