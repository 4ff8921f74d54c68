import { Alert } from 'antd';
import { ApiError } from '../api/errors';
import { RefusalAlert } from './refusal-alert';

interface Props {
  /** What the API answered the form with. */
  error: Error;
  /** What it said that no field of the form shows (see applyViolations), once known. */
  unmatched: readonly string[] | null;
  title: string;
  /** Says the fields it names show why. */
  fixFields: string;
  /** Where the known refusals' explanations are, e.g. `lottery.errors`. */
  errorsKey: string;
  testId: string;
}

/**
 * Why the API refused a form page. Where it named fields, their violations show on them: the
 * alert says so and lists what no field shows; otherwise the refusal is explained.
 */
export function FormRefusal({ error, unmatched, title, fixFields, errorsKey, testId }: Props) {
  if (!(error instanceof ApiError && error.violations.length > 0)) {
    return <RefusalAlert error={error} title={title} errorsKey={errorsKey} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title}
      description={
        <ul className="violation-list">
          <li>{fixFields}</li>
          {unmatched?.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      }
    />
  );
}
