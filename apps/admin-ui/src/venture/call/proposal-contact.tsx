import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountText, unmask } from '../../common/unmask-calls';
import { UnmaskableNumbers } from '../../common/unmaskable-numbers';
import type { ProposalView } from '../types';

interface Numbers {
  contactPhone: string;
  account: { accountName: string; bankName: string; accountNumber: string };
}

/**
 * Who to call about a proposal and the account its tranches go to (R19): masked (R30), in full,
 * audited (R31), to officers and finance staff who ask (显示完整号码).
 */
export function ProposalContact({ proposal: p }: { proposal: ProposalView }) {
  return (
    <UnmaskableNumbers
      testId="proposal-contact"
      masked={<ContactLines name={p.contactName} numbers={{ ...p, account: p.bankAccount }} />}
      open={() => unmask.proposalContact(p.id)}
      shown={(full) => <ContactLines name={p.contactName} numbers={{ ...full, account: full }} />}
    />
  );
}

function ContactLines({ name, numbers }: { name: string; numbers: Numbers }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'contact',
          label: t('organizations.fields.contact'),
          children: `${name} ${numbers.contactPhone}`,
        },
        {
          key: 'account',
          label: t('procurement.undertaker.contracts.account'),
          children: accountText(numbers.account),
        },
      ]}
    />
  );
}
