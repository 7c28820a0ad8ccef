import type { Db } from './openDatabase';

export interface TemplateRow {
  hash: string;
  template_id: string;
  version: string;
  title: string;
  canonical_json: string;
  added_at: string;
}

/** Stores a template version once (content-addressed); returns true when it was new. */
export function insertTemplateIfAbsent(db: Db, row: TemplateRow): boolean {
  const result = db
    .prepare(
      `INSERT INTO templates (hash, template_id, version, title, canonical_json, added_at)
       VALUES ($hash, $template_id, $version, $title, $canonical_json, $added_at)
       ON CONFLICT (hash) DO NOTHING`,
    )
    .run(row);
  return result.changes === 1;
}

export function selectTemplate(db: Db, hash: string): TemplateRow | undefined {
  return db.prepare('SELECT * FROM templates WHERE hash = $hash').get({ hash }) as TemplateRow | undefined;
}
