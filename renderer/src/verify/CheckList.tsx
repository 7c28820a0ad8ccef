import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { verifyMessageText } from './verifyMessage';

type Check = OperationOutput<'pdf.verify'>['content']['checks'][number];

/** Each check's status in words and its sentence in the interface language. */
export function CheckList({ checks, testId }: { checks: readonly Check[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="check-list" data-testid={testId}>
      {checks.map((check, index) => (
        <li
          key={`${check.id}-${index}`}
          className={`check check--${check.status}`}
          data-check={check.id}
          data-key={check.key}
        >
          <span className="check__status">
            <span aria-hidden="true" className="check__icon" />
            {t(`verify.checkStatus.${check.status}`)}
          </span>{' '}
          <span className="check__message">{verifyMessageText(t, check)}</span>
        </li>
      ))}
    </ul>
  );
}
