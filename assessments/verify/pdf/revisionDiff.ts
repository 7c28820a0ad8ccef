import type { VerifyMessageKey } from '../messages';
import type { MessageParams } from '../verificationSchema';
import { isArray, isDict, isRef, isStream, type Budget, type PdfValue } from './pdfValues';
import type { RevisionView } from './revisionView';

export type ChangeKind =
  | 'signature-field'
  | 'widget'
  | 'appearance'
  | 'acroform'
  | 'annots'
  | 'dss'
  | 'doc-timestamp'
  | 'info'
  | 'metadata'
  | 'page-content'
  | 'annotation'
  | 'embedded-file'
  | 'catalog'
  | 'page-tree'
  | 'page-removed'
  | 'page-added'
  | 'object-removed'
  | 'other';

export interface RevisionChange {
  /** The revision (0-based) that made the change. */
  revision: number;
  objectNumber: number | null;
  kind: ChangeKind;
  /** 1-based, where it applies. */
  page: number | null;
  verdict: 'allowed' | 'warning' | 'disallowed';
  key: VerifyMessageKey;
  params: MessageParams;
}

export type ChangeInput = Omit<RevisionChange, 'revision' | 'params'> & { params?: MessageParams };

/**
 * What one incremental update did, object by object, and the changes the rules have found in it so
 * far. Rules mark the objects they account for; whatever no rule accounts for is disallowed.
 */
export class RevisionDiff {
  readonly changes: RevisionChange[] = [];
  private readonly explained = new Set<number>();

  constructor(
    readonly prev: RevisionView,
    readonly cur: RevisionView,
    /** In use before and after, and different. */
    readonly changed: ReadonlySet<number>,
    /** In use after, not before. */
    readonly added: ReadonlySet<number>,
    /** In use before, freed by the update. */
    readonly removed: ReadonlySet<number>,
    readonly budget: Budget,
  ) {}

  get revision(): number {
    return this.cur.index;
  }

  touched(num: number | null | undefined): num is number {
    return (
      num !== null &&
      num !== undefined &&
      (this.changed.has(num) || this.added.has(num) || this.removed.has(num))
    );
  }

  isExplained(num: number): boolean {
    return this.explained.has(num);
  }

  /** Marks an object as accounted for without a change of its own (another change covers it). */
  explain(num: number | null | undefined): void {
    if (num !== null && num !== undefined) this.explained.add(num);
  }

  record(change: ChangeInput): void {
    const params: MessageParams = { revision: this.revision + 1, ...change.params };
    if (change.objectNumber !== null) params.object ??= change.objectNumber;
    if (change.page !== null) params.page ??= change.page;
    this.changes.push({ ...change, revision: this.revision, params });
    this.explain(change.objectNumber);
  }

  /**
   * The objects the update added that `root` reaches through references (not crossing `stopKeys`
   * or any object that existed before): what a new signature's appearance or validation data
   * brings along.
   */
  addedSubtree(root: PdfValue | undefined, stopKeys: ReadonlySet<string> = NO_KEYS): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    const stack: (PdfValue | undefined)[] = [root];
    while (stack.length > 0) {
      this.budget.check();
      const value = stack.pop();
      if (isRef(value)) {
        if (seen.has(value.num) || !this.added.has(value.num)) continue;
        seen.add(value.num);
        out.push(value.num);
        stack.push(this.cur.objectOrNull(value.num));
      } else if (isArray(value)) stack.push(...value.items);
      else if (isDict(value) || isStream(value)) {
        const dict = isStream(value) ? value.dict : value;
        for (const [key, item] of dict.entries) if (!stopKeys.has(key)) stack.push(item);
      }
    }
    return out;
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Keys that point back up or across a document (to a page, a parent): a walk down never follows them. */
export const BACK_LINKS: ReadonlySet<string> = new Set(['P', 'Parent', 'Pg', 'Dest', 'A', 'Next', 'Prev']);
