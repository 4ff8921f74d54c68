import { Alert, Button, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { draftTime } from './autosave';
import type { AutosavedDraft } from './use-autosaved-draft';

/**
 * The note that a form was restored from its autosaved draft (issue #18), with 放弃草稿 to
 * start again (asked once, since it empties the form).
 */
export function DraftRestoredNote({ draft }: { draft: AutosavedDraft }) {
  const { t } = useTranslation();
  if (!draft.restoredAt) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="form-alert"
      data-testid="draft-restored"
      title={t('drafts.restored', { time: draftTime(draft.restoredAt) })}
      action={
        <Popconfirm
          title={t('drafts.discardConfirm')}
          okText={t('drafts.discard')}
          cancelText={t('common.cancel')}
          onConfirm={() => draft.discard()}
        >
          <Button size="small" data-testid="draft-discard">
            {t('drafts.discard')}
          </Button>
        </Popconfirm>
      }
    />
  );
}

/** How the autosave is doing, in one quiet line: 保存中… / 已自动保存 hh:mm / 保存失败. */
export function DraftSaveState({ draft }: { draft: AutosavedDraft }) {
  const { t } = useTranslation();
  const { state } = draft;
  const text =
    state.state === 'saving'
      ? t('drafts.saving')
      : state.state === 'saved'
        ? t('drafts.saved', { time: draftTime(state.at) })
        : state.state === 'failed'
          ? t('drafts.failed')
          : '';
  return (
    <Typography.Text
      className="draft-state"
      data-testid="draft-state"
      data-state={state.state}
      role="status"
      aria-live="polite"
    >
      {text}
    </Typography.Text>
  );
}
