import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from './schemas';

/** zxcvbn's score runs 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const REQUIRED_PASSPHRASE_SCORE = 3;

export interface PassphraseAssessment {
  /** zxcvbn score, 0 (too guessable) to 4 (very unguessable). */
  score: number;
  required: number;
  /** Long enough and scored at least `required`: what create and change accept. */
  acceptable: boolean;
  warning: string | null;
  suggestions: string[];
}

/**
 * Loaded and built on first use, then kept: the dictionaries cost about 0.2 s and tens of MiB, which
 * every process would otherwise pay at start (a CLI backup or import never needs them). The
 * estimator is a pure function of its input, so sharing it holds no state between callers.
 */
let estimator: Promise<ZxcvbnFactory> | null = null;

function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return estimator;
}

/**
 * The one rule for a new passphrase, used by create, change (CLI included) and the window's
 * strength meter (through `passphrase.assess`). Never applied at unlock: an existing weak
 * passphrase still opens its workspace. `userInputs` (the assessor's name, the folder) count as
 * known words.
 */
export async function assessPassphrase(
  passphrase: string,
  userInputs: string[] = [],
): Promise<PassphraseAssessment> {
  const words = userInputs.flatMap((input) => input.split(/[\s/\\._-]+/u)).filter((word) => word.length > 2);
  const result = (await zxcvbn()).check(passphrase.normalize('NFC'), words);
  return {
    score: result.score,
    required: REQUIRED_PASSPHRASE_SCORE,
    acceptable: [...passphrase].length >= MIN_PASSPHRASE_LENGTH && result.score >= REQUIRED_PASSPHRASE_SCORE,
    warning: result.feedback.warning ?? null,
    suggestions: [...result.feedback.suggestions],
  };
}

export async function assertStrongPassphrase(
  passphrase: string,
  field: string,
  userInputs: string[] = [],
): Promise<void> {
  const assessed = await assessPassphrase(passphrase, userInputs);
  if (assessed.acceptable) return;
  const feedback = [assessed.warning, ...assessed.suggestions].filter(Boolean).join(' ');
  throw new AppError(
    'weak_passphrase',
    `The ${field} is too easy to guess (strength ${assessed.score} of 4; at least ${assessed.required} is required).${feedback ? ` ${feedback}` : ''}`,
    { field, ...assessed },
  );
}
