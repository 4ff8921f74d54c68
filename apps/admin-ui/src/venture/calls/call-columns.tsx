import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ResponsiveColumns } from '../../common/responsive-columns';
import { useYuan } from '../../common/use-yuan';
import { PhaseTag } from '../tags';
import type { CallView } from '../types';

export const dateTime = (value?: string) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

/**
 * A call's columns (R17): its name (a link to `linkOf`'s page, when given), budget and funding
 * range, focus groups, deadline and phase, the proposals in; `action` adds a last column. On a
 * phone's card: the name as its title, the phase under it, the action at its foot.
 */
export function useCallColumns(
  linkOf?: (call: CallView) => string,
  action?: (call: CallView) => ReactNode,
): ResponsiveColumns<CallView> {
  const { t } = useTranslation();
  const yuan = useYuan();
  const columns: ResponsiveColumns<CallView> = [
    {
      title: t('venture.fields.call'),
      key: 'name',
      card: 'title',
      render: (_, c) => (
        <>
          <div className="strong-text" data-testid="call-name">
            {linkOf ? <Link to={linkOf(c)}>{c.name}</Link> : c.name}
          </div>
          <div className="secondary-text">{t('venture.calls.year', { year: c.fiscalYear })}</div>
        </>
      ),
    },
    {
      title: t('venture.fields.budget'),
      dataIndex: 'budgetFen',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => yuan(fen),
    },
    {
      title: t('venture.fields.range'),
      key: 'range',
      className: 'nowrap',
      render: (_, c) => t('venture.calls.range', { min: yuan(c.minFen), max: yuan(c.maxFen) }),
    },
    {
      title: t('venture.fields.focusGroups'),
      dataIndex: 'focusGroups',
      width: 220,
      render: (groups: CallView['focusGroups']) =>
        groups.map((g) => <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>),
    },
    {
      title: t('venture.fields.deadline'),
      dataIndex: 'deadline',
      className: 'nowrap',
      render: dateTime,
    },
    {
      title: t('venture.fields.phase'),
      dataIndex: 'phase',
      className: 'nowrap',
      card: 'status',
      render: (_, c) => <PhaseTag phase={c.phase} />,
    },
    {
      title: t('venture.fields.submitted'),
      key: 'submitted',
      align: 'right',
      className: 'nowrap',
      render: (_, c) =>
        t('venture.calls.submittedOf', { submitted: c.submitted, all: c.proposals }),
    },
  ];
  if (action) {
    columns.push({
      title: '',
      key: 'action',
      className: 'nowrap',
      card: 'actions',
      render: (_, c) => action(c),
    });
  }
  return columns;
}
