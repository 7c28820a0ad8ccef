import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import { useClient } from '../client/ClientContext';

export type PassphraseAssessment = OperationOutput<'passphrase.assess'>;

/** Typing pauses this long before the core is asked again. */
const DEBOUNCE_MS = 150;

/**
 * The core's own verdict on a new passphrase (`passphrase.assess`, the rule create and change
 * enforce), so the meter never calls "strong" what the core then refuses. Null until a passphrase
 * of the minimum length has been assessed; while typing, the latest verdict stays shown.
 */
export function usePassphraseAssessment(
  passphrase: string,
  userInputs: readonly string[] = [],
): PassphraseAssessment | null {
  const client = useClient();
  const [latest, setLatest] = useState<PassphraseAssessment | null>(null);
  const long = [...passphrase].length >= MIN_PASSPHRASE_LENGTH;
  const inputsKey = userInputs.filter(Boolean).join('\n');
  useEffect(() => {
    if (!long) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      client
        .invoke('passphrase.assess', { passphrase, userInputs: inputsKey ? inputsKey.split('\n') : [] })
        .then(
          (value) => {
            if (current) setLatest(value);
          },
          () => {
            // Advisory only: create and change apply the same rule and say what is wrong.
          },
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, passphrase, inputsKey, long]);
  return long ? latest : null;
}
