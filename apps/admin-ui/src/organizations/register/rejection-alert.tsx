import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../api/errors';

export interface Rejection {
  /** The API's message (in the UI language). */
  message: string;
  /** Violations no form item shows. */
  unmatched: Violation[];
  /** How many violations are shown on their form items. */
  onFields: number;
}

/** Why the API refused the form: the violations no field shows, or its message. */
export function RejectionAlert({ rejection }: { rejection: Rejection }) {
  const { t } = useTranslation();
  const { unmatched, message, onFields } = rejection;
  let description: ReactNode = onFields > 0 ? t('organizations.form.fixFields') : message;
  if (unmatched.length > 0) {
    description = (
      <ul className="violation-list">
        {unmatched.map((v) => (
          <li key={`${v.field}:${v.rule}`}>{v.message}</li>
        ))}
      </ul>
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rejection-alert"
      title={t('organizations.form.rejected')}
      description={description}
    />
  );
}
