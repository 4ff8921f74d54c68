import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { refusalCode, refusalDetails } from './refusal';

/**
 * Why the API refused: a known refusal (four eyes, already decided) explained in the UI language,
 * with what the API itself said below it.
 */
export function RefusalAlert(props: {
  error: Error;
  title: string;
  /** Makes a detail more readable (say, names a payment the API names by its id). */
  rewrite?: (detail: string) => string;
  /** Where the known refusals' explanations are, e.g. `lottery.errors`. */
  errorsKey?: string;
}) {
  const { error, title, rewrite = (detail) => detail, errorsKey = 'finance.errors' } = props;
  const { t, i18n } = useTranslation();
  const code = refusalCode(error);
  const known = code !== undefined && i18n.exists(`${errorsKey}.${code}`);
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      data-testid="refusal"
      data-code={code}
      title={known ? t(`${errorsKey}.${code}`) : title}
      description={
        <ul className="violation-list">
          {refusalDetails(error).map((detail, i) => (
            <li key={i}>{rewrite(detail)}</li>
          ))}
        </ul>
      }
    />
  );
}
