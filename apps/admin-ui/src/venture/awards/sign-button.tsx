import { App, Button, type ButtonProps, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { refusalDetails } from '../../common/refusal';
import { useSignAward } from '../award-queries';
import type { AwardView } from '../types';

/** The agreement is signed: the first milestone is approved and its tranche released (R19). */
export function SignButton({ award }: { award: AwardView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sign = useSignAward(award.id);
  return (
    <Popconfirm
      title={t('venture.awards.signConfirm', { title: award.title })}
      okText={t('venture.awards.sign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'sign-ok' } as ButtonProps}
      onConfirm={() =>
        sign.mutateAsync().then(
          () => void message.success(t('venture.awards.signed')),
          (error: Error) => void message.error(refusalDetails(error).join('; ')),
        )
      }
    >
      <Button type="primary" data-testid="sign" loading={sign.isPending}>
        {t('venture.awards.sign')}
      </Button>
    </Popconfirm>
  );
}
