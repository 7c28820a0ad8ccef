import snapshot from '../../store/schema.snapshot.sql';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import type { Db } from '../../store/openDatabase';
import { fail, pass, type VerificationCheck } from './checks';

interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

/** Statements of the committed snapshot, by name (the format `schema.test.ts` writes). */
export function parseSchemaSnapshot(text: string): Map<string, SchemaObject> {
  const body = text.replace(/^--[^\n]*\n\n/, '').replace(/;\n$/, '');
  const objects = new Map<string, SchemaObject>();
  for (const statement of body.split(/;\n\n(?=CREATE )/)) {
    const match = /^CREATE (?:UNIQUE )?(TABLE|INDEX|TRIGGER|VIEW) (\S+)/.exec(statement);
    if (match?.[1] && match[2]) {
      objects.set(match[2], { type: match[1].toLowerCase(), name: match[2], sql: statement });
    }
  }
  return objects;
}

/**
 * Tables, indexes and triggers (`sqlite_master`) against `assessments/store/schema.snapshot.sql`: a
 * dropped append-only trigger, an extra trigger that rewrites rows, or an altered table is named.
 */
export function checkSchema(db: Db, snapshotText: string = snapshot): VerificationCheck {
  const expected = parseSchemaSnapshot(snapshotText);
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as SchemaObject[];
  const problems: string[] = [];
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== LATEST_SCHEMA_VERSION) {
    problems.push(`schema version is ${version}, expected ${LATEST_SCHEMA_VERSION}`);
  }
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.name);
    const want = expected.get(row.name);
    if (!want) problems.push(`unexpected ${row.type} ${row.name}`);
    else if (want.sql !== row.sql) problems.push(`${row.type} ${row.name} differs from the committed schema`);
  }
  for (const want of expected.values()) {
    if (!seen.has(want.name)) problems.push(`${want.type} ${want.name} is missing`);
  }
  if (problems.length > 0) {
    return fail('schema', `The database schema does not match the committed schema: ${problems.join('; ')}.`);
  }
  return pass(
    'schema',
    `${rows.length} tables, indexes and triggers match the committed schema (version ${version}).`,
  );
}
