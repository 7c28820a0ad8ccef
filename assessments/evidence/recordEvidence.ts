import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { NotFoundError } from '../shared/errors';
import { selectAssessment } from '../store/assessmentRows';
import {
  countBlobReferences,
  selectEvidenceBySha,
  selectLinks,
  type EvidenceRow,
} from '../store/evidenceRows';
import {
  admitEvidence,
  defaultMetadata,
  linkRow,
  metadataRow,
  toItem,
  type EvidenceDeps,
} from './evidenceService';
import type { evidenceItemSchema, evidenceMetadataSchema } from './schemas';

type Item = z.output<typeof evidenceItemSchema>;

/** A record the application itself produced (e.g. a screening run), to be kept as evidence. */
export interface EvidenceRecord {
  assessmentId: string;
  /** The file name the item shows and exports under. */
  name: string;
  bytes: Buffer;
  /** Says what the record is; the vault's sniffing would only see JSON or text. */
  mimeType: string;
  metadata: Partial<z.output<typeof evidenceMetadataSchema>>;
  questionIds: readonly string[];
  /** What produced the record, kept in the custody event that admits it. */
  origin: Record<string, unknown>;
}

/**
 * Seals a record into the vault as evidence of its assessment, linked to the given questions. The
 * same bytes are the same item: sealing a record again only adds the links it lacks, so a caller
 * may retry without creating a second item.
 */
export async function sealRecordAsEvidence(
  { ws, clock, vault }: EvidenceDeps,
  record: EvidenceRecord,
): Promise<Item> {
  if (!selectAssessment(ws.db, record.assessmentId))
    throw new NotFoundError('Assessment', record.assessmentId);
  const stored = await vault.ingestUpload({
    name: record.name,
    sizeBytes: record.bytes.length,
    body: (async function* () {
      yield record.bytes;
    })(),
  });
  try {
    return ws.db.transaction(() => {
      const at = clock.now();
      const existing = selectEvidenceBySha(ws.db, record.assessmentId, stored.sha256);
      const row: EvidenceRow = existing ?? {
        id: randomUUID(),
        assessment_id: record.assessmentId,
        blob_address: stored.address,
        sha256: stored.sha256,
        size_bytes: stored.size,
        mime_type: record.mimeType,
        original_name: record.name,
        ...metadataRow({ ...defaultMetadata(), ...record.metadata }),
        ingested_at: at.toISOString(),
        ingested_by: ws.actor,
      };
      if (!existing) admitEvidence(ws, row, stored.deduplicated, at, record.origin);
      for (const questionId of record.questionIds) linkRow(ws, row, questionId, true, at);
      return toItem(row, selectLinks(ws.db, row.id));
    })();
  } catch (error) {
    if (!stored.deduplicated && countBlobReferences(ws.db, stored.address) === 0)
      vault.remove(stored.address);
    throw error;
  }
}
