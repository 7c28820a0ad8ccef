import type { OperationName } from '../../../assessments/api/contract';
import type { Transport } from '../client/transport';
import type { EvidenceItem } from './evidenceTypes';

export const TEST_ASSESSMENT = 'a1b2c3d4-0000-4000-8000-000000000001';

/** An evidence item as the core lists it, for renderer tests. */
export function testItem(
  n: number,
  name: string,
  questionIds: string[],
  mimeType = 'application/pdf',
): EvidenceItem {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    assessmentId: TEST_ASSESSMENT,
    sha256: `${String(n)}`.repeat(64).slice(0, 64),
    sizeBytes: 1234,
    mimeType,
    originalName: name,
    ingestedAt: '2026-11-02T10:00:00Z',
    ingestedBy: 'Amira Haddad',
    questionIds,
    source: '',
    acquiredAt: null,
    acquiredHow: '',
    acquiredBy: '',
    reliability: null,
    credibility: null,
    restricted: false,
    notes: '',
  };
}

type Handler = (input: Record<string, unknown>) => unknown;

/**
 * A core holding one assessment's evidence links, answering the link operations as the real one
 * does (a batch all at once), plus any other operation a test supplies; it records every call.
 */
export function evidenceLinkCore(items: EvidenceItem[], extra: Partial<Record<OperationName, Handler>> = {}) {
  const calls: Array<{ op: OperationName; input: Record<string, unknown> }> = [];
  const setLink = (evidenceId: unknown, questionId: unknown, linked: unknown) => {
    const index = items.findIndex((item) => item.id === evidenceId);
    const item = items[index];
    if (!item) throw new Error(`no item ${String(evidenceId)}`);
    const others = item.questionIds.filter((id) => id !== questionId);
    items[index] = { ...item, questionIds: linked ? [...others, String(questionId)] : others };
    return items[index];
  };
  const handlers: Partial<Record<OperationName, Handler>> = {
    'evidence.list': () => items.map((item) => ({ ...item })),
    'evidence.link': (input) => setLink(input.evidenceId, input.questionId, input.linked),
    'evidence.linkMany': (input) => {
      for (const change of input.changes as Array<Record<string, unknown>>)
        setLink(change.evidenceId, change.questionId, change.linked);
      return items.map((item) => ({ ...item }));
    },
    ...extra,
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      const args = (input ?? {}) as Record<string, unknown>;
      calls.push({ op, input: args });
      const handler = handlers[op];
      if (!handler) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      return Promise.resolve({ ok: true, value: handler(args) });
    },
    on: () => () => undefined,
  };
  return { transport, calls, items };
}
