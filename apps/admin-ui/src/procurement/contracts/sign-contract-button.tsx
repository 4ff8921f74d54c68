import { FileDoneOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseProjectView } from '../projects/project-types';
import { SignContractDrawer } from './sign-contract-drawer';

/** 签订合同: opens the drawer that signs an awarded project's contract (R25; art. 23–24). */
export function SignContractButton({ project }: { project: PurchaseProjectView }) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState(false);
  return (
    <>
      <Button
        type="primary"
        icon={<FileDoneOutlined />}
        data-testid="sign-contract"
        onClick={() => setSigning(true)}
      >
        {t('procurement.contracts.sign.open')}
      </Button>
      {signing && <SignContractDrawer project={project} onClose={() => setSigning(false)} />}
    </>
  );
}
