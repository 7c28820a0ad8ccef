import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema, translationJsonSchema } from './jsonSchema';

const FILES = [
  ['template.schema.json', templateJsonSchema],
  ['template-translation.schema.json', translationJsonSchema],
] as const;

describe('published JSON Schemas', () => {
  it.each(FILES)('docs/%s matches the zod schema (UPDATE_JSON_SCHEMA=1 rewrites it)', (name, generate) => {
    const file = fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
    const expected = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env.UPDATE_JSON_SCHEMA === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
