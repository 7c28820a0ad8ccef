import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonicalJson';

/**
 * `valueSha256` of an `answer.saved` event: SHA-256 of the canonical JSON of the answer's value,
 * which binds the stored answer to the audit chain (`assay workspace verify` compares them).
 */
export function answerValueSha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** The same hash for a stored `answers.value_json`, whatever its key order or spacing. */
export function storedAnswerValueSha256(valueJson: string): string {
  return answerValueSha256(JSON.parse(valueJson) as unknown);
}
