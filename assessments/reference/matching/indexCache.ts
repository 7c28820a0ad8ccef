import { AppError, NotFoundError } from '../../shared/errors';
import { selectDataset, selectEntries } from '../../store/referenceRows';
import type { Unlocked } from '../../store/unlocked';
import { datasetLabel } from '../datasetService';
import { SCREENING_KINDS, type ListEntry } from '../types';
import { ScreeningIndex } from './screeningIndex';

/**
 * Screening indexes built on first use and kept while the process runs; a dataset never changes
 * after import, so an index only goes when its dataset is removed or another workspace is opened.
 */
export class ScreeningIndexCache {
  private workspaceId: string | null = null;
  private readonly indexes = new Map<string, ScreeningIndex>();

  get(ws: Unlocked, datasetId: string): ScreeningIndex {
    if (this.workspaceId !== ws.workspaceId) {
      this.indexes.clear();
      this.workspaceId = ws.workspaceId;
    }
    const cached = this.indexes.get(datasetId);
    if (cached) return cached;
    const row = selectDataset(ws.db, datasetId);
    if (!row) throw new NotFoundError('Dataset', datasetId);
    if (!(SCREENING_KINDS as readonly string[]).includes(row.kind))
      throw new AppError(
        'invalid_input',
        `Dataset ${datasetId} (${row.source_name}) holds country indicators, not a screening list.`,
        { datasetId },
      );
    const entries = selectEntries(ws.db, datasetId).map((entry) => JSON.parse(entry.entry_json) as ListEntry);
    const index = new ScreeningIndex(row.id, datasetLabel(row), entries);
    this.indexes.set(datasetId, index);
    return index;
  }

  forget(datasetId: string): void {
    this.indexes.delete(datasetId);
  }
}
