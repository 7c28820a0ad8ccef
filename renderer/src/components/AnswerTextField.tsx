import { useId, useState, useSyncExternalStore } from 'react';
import type { AnswerQueue } from '../autosave/useAnswerQueue';
import { SaveStateIndicator } from './SaveStateIndicator';

interface AnswerTextFieldProps {
  label: string;
  help: string;
  /** The answer as last loaded from the workspace. */
  storedValue: string;
  queue: AnswerQueue;
}

/** A free-text answer that saves itself; the queue decides when, this component only reports. */
export function AnswerTextField({ label, help, storedValue, queue }: AnswerTextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const stateId = `${id}-state`;
  const status = useSyncExternalStore(queue.subscribe, queue.getStatus);
  // A queue that outlived an earlier visit may hold text the workspace has not stored yet.
  const [text, setText] = useState(() => {
    const latest = queue.latestValue();
    return typeof latest?.value === 'string' ? latest.value : storedValue;
  });

  return (
    <div className="question">
      <div className="question__head">
        <label htmlFor={id} className="question__label">
          {label}
        </label>
        <SaveStateIndicator id={stateId} status={status} />
      </div>
      <p id={helpId} className="field__hint">
        {help}
      </p>
      <textarea
        id={id}
        className="textarea"
        dir="auto"
        rows={8}
        aria-describedby={`${helpId} ${stateId}`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          queue.update(event.target.value);
        }}
        onBlur={() => void queue.flush()}
      />
    </div>
  );
}
