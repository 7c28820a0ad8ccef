import { storedAnswerValueSha256 } from '../../audit/answerValueHash';
import type { Db } from '../../store/openDatabase';
import { fail, pass, type VerificationCheck } from './checks';

interface LatestSave {
  seq: number;
  revision: unknown;
  valueSha256: unknown;
}

/**
 * Each stored answer against its latest `answer.saved` event: the event's `valueSha256` must be the
 * hash of the stored value (and its revision the stored revision), so an answer edited in the
 * database without an audit event is named. Events from before value hashes were recorded have no
 * `valueSha256`; those answers are accepted and counted as not bound.
 */
export function checkAnswerBinding(db: Db): VerificationCheck {
  const latest = new Map<string, LatestSave>();
  const events = db
    .prepare(
      `SELECT seq, subject_id, payload_json FROM audit_events
       WHERE action = 'answer.saved' AND subject_type = 'assessment' ORDER BY seq`,
    )
    .iterate() as Iterable<{ seq: number; subject_id: string; payload_json: string }>;
  for (const event of events) {
    const payload = JSON.parse(event.payload_json) as Record<string, unknown>;
    if (typeof payload.questionId !== 'string') continue;
    latest.set(`${event.subject_id}\u0000${payload.questionId}`, {
      seq: event.seq,
      revision: payload.revision,
      valueSha256: payload.valueSha256,
    });
  }

  const problems: string[] = [];
  let bound = 0;
  let notBound = 0;
  const answers = db
    .prepare(
      'SELECT assessment_id, question_id, value_json, revision FROM answers ORDER BY assessment_id, question_id',
    )
    .iterate() as Iterable<{
    assessment_id: string;
    question_id: string;
    value_json: string;
    revision: number;
  }>;
  for (const answer of answers) {
    const name = `answer ${answer.question_id} of assessment ${answer.assessment_id}`;
    const save = latest.get(`${answer.assessment_id}\u0000${answer.question_id}`);
    if (!save) {
      problems.push(`${name} has no answer.saved event`);
      continue;
    }
    if (typeof save.valueSha256 !== 'string') {
      notBound += 1;
      continue;
    }
    if (save.valueSha256 !== storedAnswerValueSha256(answer.value_json)) {
      problems.push(`${name} is not the value its latest answer.saved event (#${save.seq}) recorded`);
    } else if (save.revision !== answer.revision) {
      problems.push(
        `${name} is at revision ${answer.revision}, but event #${save.seq} recorded revision ${String(save.revision)}`,
      );
    } else {
      bound += 1;
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    return fail('answers.bound', `Stored answers differ from the audit trail: ${shown}${more}.`);
  }
  const unbound = notBound > 0 ? `; ${notBound} saved before value hashes were recorded (not bound)` : '';
  return pass(
    'answers.bound',
    `${bound} answers match the value hash of their latest audit event${unbound}.`,
  );
}
