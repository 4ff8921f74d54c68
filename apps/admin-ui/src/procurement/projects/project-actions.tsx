import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnounceModal } from './announce-modal';
import { type ProjectStep, useProjectStep } from './project-queries';
import type { ProjectStatus, PurchaseProjectView } from './project-types';

/** The statuses a project may still be cancelled in: any before its contract (R25). */
const CANCELLABLE: readonly ProjectStatus[] = [
  'DRAFT',
  'ANNOUNCED',
  'BIDDING_CLOSED',
  'EVALUATING',
  'AWARDED',
];

/** The step a project's status leads to (R25), in the order a purchase runs. */
const NEXT_STEP: Partial<Record<ProjectStatus, 'announce' | ProjectStep>> = {
  DRAFT: 'announce',
  ANNOUNCED: 'close',
  BIDDING_CLOSED: 'panel',
  EVALUATING: 'award',
};

/**
 * What an officer does next with a project (R25, R18), in order: publish the announcement with
 * its deadline (发布公告), open the bids once it has passed (开标: too few bids and the purchase
 * fails), draw the evaluation panel (抽取评审委员会), award in rank order once the panel has
 * scored (确定成交); and cancel it before its contract. Each step asks to confirm; what the API
 * refuses goes to `onError`, to be explained on the page.
 */
export function ProjectActions(props: {
  project: PurchaseProjectView;
  onError: (error: Error | null) => void;
}) {
  const { project, onError } = props;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [announcing, setAnnouncing] = useState(false);
  const close = useProjectStep(project.id, 'close');
  const panel = useProjectStep(project.id, 'panel');
  const award = useProjectStep(project.id, 'award');
  const cancel = useProjectStep(project.id, 'cancel');
  const steps = { close, panel, award, cancel };
  const next = NEXT_STEP[project.status];

  const run = (step: ProjectStep) =>
    modal.confirm({
      title: t(`procurement.projects.confirm.${step}`, { title: project.title }),
      okText: t(`procurement.projects.steps.${step}`),
      okButtonProps: { danger: step === 'cancel', 'data-testid': 'confirm-ok' },
      cancelText: t('common.cancel'),
      onOk: () => {
        onError(null);
        steps[step].mutate(undefined, {
          onSuccess: (result) => {
            const failed = (result as { status?: ProjectStatus }).status === 'FAILED';
            if (failed) void message.warning(t('procurement.projects.failedNow'));
            else void message.success(t(`procurement.projects.done.${step}`));
          },
          onError,
        });
      },
    });

  return (
    <Space wrap>
      {next === 'announce' && (
        <Button type="primary" data-testid="step-announce" onClick={() => setAnnouncing(true)}>
          {t('procurement.projects.announce')}
        </Button>
      )}
      {next && next !== 'announce' && (
        <Button
          type="primary"
          data-testid={`step-${next}`}
          loading={steps[next].isPending}
          onClick={() => run(next)}
        >
          {t(`procurement.projects.steps.${next}`)}
        </Button>
      )}
      {CANCELLABLE.includes(project.status) && (
        <Button
          danger
          data-testid="step-cancel"
          loading={cancel.isPending}
          onClick={() => run('cancel')}
        >
          {t('procurement.projects.steps.cancel')}
        </Button>
      )}
      {announcing && <AnnounceModal project={project} onClose={() => setAnnouncing(false)} />}
    </Space>
  );
}
