import { Alert } from 'antd';

/** What the API said about a refused form that no field shows (see formProblems), above it. */
export function ProblemsAlert({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      data-testid="form-problems"
      title={problems.map((problem) => (
        <div key={problem}>{problem}</div>
      ))}
    />
  );
}
