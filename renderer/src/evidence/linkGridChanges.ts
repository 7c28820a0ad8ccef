import type { OperationInput } from '../../../assessments/api/contract';
import type { EvidenceItem } from './evidenceTypes';

export type LinkChange = OperationInput<'evidence.linkMany'>['changes'][number];

/** Boxes the assessor ticked or cleared in the grid, by item and question, not yet applied. */
export type PendingLinks = ReadonlyMap<string, boolean>;

export function linkKey(evidenceId: string, questionId: string): string {
  return `${evidenceId}|${questionId}`;
}

/** Whether the grid shows the item linked to the question: the pending choice, else the stored link. */
export function shownLinked(item: EvidenceItem, questionId: string, pending: PendingLinks): boolean {
  return pending.get(linkKey(item.id, questionId)) ?? item.questionIds.includes(questionId);
}

/** A box set back to what is stored is no change; the rest, in grid order, is what to apply. */
export function pendingChanges(items: readonly EvidenceItem[], pending: PendingLinks): LinkChange[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const changes: LinkChange[] = [];
  for (const [key, linked] of pending) {
    const [evidenceId = '', questionId = ''] = key.split('|');
    const item = byId.get(evidenceId);
    if (item && item.questionIds.includes(questionId) !== linked)
      changes.push({ evidenceId, questionId, linked });
  }
  return changes;
}
