import { localPagination } from '../../common/local-paging';
import { Descriptions, Drawer, Grid, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, SubsidyProgrammeView } from '../../api/types';
import { PriorityReasons } from '../../common/priority-reasons';
import { accountText, unmask } from '../../common/unmask-calls';
import { UnmaskableNumbers } from '../../common/unmaskable-numbers';
import { useYuan } from '../../common/use-yuan';
import { AnswersView, schemaOf } from '../../forms';
import { ApplicationStatusTag } from '../status-tag';

/**
 * An application as the officer reads it before scoring its merit (R13, issue #18): the project,
 * who applies, whom it serves (R7), the budget lines (R22) adding up to the request, the answers
 * to the programme's added questions (issue #17), the priority bonus with every reason, and who to
 * call and the account to pay, masked (R30), in full on request to those who may (显示完整号码,
 * audited, R31).
 */
export function ApplicationDrawer(props: {
  application: ApplicationView;
  programme?: SubsidyProgrammeView;
  onClose: () => void;
}) {
  const { application: a, programme, onClose } = props;
  const { t } = useTranslation();
  const yuan = useYuan();
  const phone = !Grid.useBreakpoint().md;
  const area = (type: ApplicationView['projectAreaType']) => t(`enums.areaType.${type}`);
  return (
    <Drawer
      open
      size={phone ? '100%' : 760}
      title={a.projectName}
      onClose={onClose}
      data-testid="application-drawer"
      extra={<ApplicationStatusTag status={a.status} />}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'programme', label: t('lottery.fields.programme'), children: a.programmeName },
          {
            key: 'organization',
            label: t('lottery.fields.organization'),
            children: `${a.organizationName}（${area(a.organizationAreaType)}）`,
          },
          {
            key: 'area',
            label: t('lottery.drawer.projectArea'),
            children: area(a.projectAreaType),
          },
          {
            key: 'beneficiaries',
            label: t('lottery.drawer.beneficiaries'),
            children: (
              <span data-testid="drawer-beneficiaries">
                {a.beneficiaries.map((b) => (
                  <Tag key={b.group}>
                    {t('lottery.drawer.served', {
                      group: t(`enums.priorityGroup.${b.group}`),
                      count: b.count,
                    })}
                  </Tag>
                ))}
              </span>
            ),
          },
          {
            key: 'requested',
            label: t('lottery.fields.requested'),
            children: <span className="nowrap">{yuan(a.requestedFen)}</span>,
          },
          {
            key: 'contact',
            label: t('lottery.drawer.contact'),
            children: (
              <UnmaskableNumbers
                testId="application-contact"
                masked={contactText(a, a.contactPhone, a.bankAccount)}
                open={() => unmask.applicationContact(a.id)}
                shown={(full) => contactText(a, full.contactPhone, full)}
              />
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('lottery.apply.budget')}</Typography.Title>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={localPagination(t, a.budgetLines.length)}
        data-testid="drawer-budget-lines"
        dataSource={a.budgetLines}
        columns={[
          {
            title: t('lottery.drawer.category'),
            dataIndex: 'category',
            render: (c: string) => t(`enums.budgetCategory.${c}`),
          },
          { title: t('lottery.drawer.description'), dataIndex: 'description' },
          {
            title: t('lottery.drawer.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            className: 'nowrap',
            render: (fen: number) => yuan(fen),
          },
        ]}
      />
      <Typography.Title level={5}>{t('lottery.fields.priority')}</Typography.Title>
      <PriorityReasons bonus={a.priority.bonus} reasons={a.priority.reasons} />
      {programme?.form && (
        <>
          <Typography.Title level={5}>{t('forms.title')}</Typography.Title>
          <div data-testid="drawer-answers">
            <AnswersView schema={schemaOf(programme.form)} answers={a.answers} />
          </div>
        </>
      )}
    </Drawer>
  );
}

/** "李秀兰 0771-***1234 · 户名 开户行 账号": the contact and the payee account, as given. */
function contactText(
  a: ApplicationView,
  phone: string,
  account: { accountName: string; bankName: string; accountNumber: string },
): string {
  return `${a.contactName} ${phone} · ${accountText(account)}`;
}
