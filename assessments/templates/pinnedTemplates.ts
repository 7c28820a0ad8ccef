import { NotFoundError } from '../shared/errors';
import { compileTemplate, type CompiledTemplate } from '../questionnaire/compile';
import type { Db } from '../store/openDatabase';
import { insertTemplateIfAbsent, selectTemplate } from '../store/templateRows';
import { bundleFromCanonical, type TemplateBundle } from './loadTemplate';

export interface PinnedTemplate {
  bundle: TemplateBundle;
  compiled: CompiledTemplate;
}

/**
 * Templates as pinned in a workspace, read from the database (never from the library, which may have
 * moved on) and compiled once per hash.
 */
export class PinnedTemplates {
  private readonly cache = new Map<string, PinnedTemplate>();

  pin(db: Db, bundle: TemplateBundle, at: Date): void {
    insertTemplateIfAbsent(db, {
      hash: bundle.hash,
      template_id: bundle.template.id,
      version: bundle.template.version,
      title: bundle.template.title,
      canonical_json: bundle.canonical,
      added_at: at.toISOString(),
    });
    if (!this.cache.has(bundle.hash))
      this.cache.set(bundle.hash, { bundle, compiled: compileTemplate(bundle.template) });
  }

  get(db: Db, hash: string): PinnedTemplate {
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const row = selectTemplate(db, hash);
    if (!row) throw new NotFoundError('Template', hash);
    const bundle = bundleFromCanonical(row.canonical_json, hash);
    const pinned = { bundle, compiled: compileTemplate(bundle.template) };
    this.cache.set(hash, pinned);
    return pinned;
  }
}
