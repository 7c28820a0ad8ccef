import createCore from './0001_create_core.sql';
import pinTemplates from './0002_pin_templates.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only: never edit a shipped migration, add the next number. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_create_core', sql: createCore },
  { version: 2, name: '0002_pin_templates', sql: pinTemplates },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
