// A reference-file parse in a process of its own, so that its peak memory is the parse's own:
// the hostile-import tests bundle this file and run it on generated files.
import { basename } from 'node:path';
import { fileChunks } from '../byteSource';
import { parseReferenceFile } from '../importers/parseReferenceFile';
import type { DatasetKind } from '../types';

const [kind, path] = process.argv.slice(2);
if (!kind || !path) throw new Error('usage: measureParseChild.js KIND FILE');
const start = performance.now();
let outcome: { ok: true; records: number } | { ok: false; code: string; message: string };
try {
  const parsed = await parseReferenceFile(kind as DatasetKind, fileChunks(path), basename(path));
  outcome = { ok: true, records: parsed.records };
} catch (error) {
  const { code, message } = error as { code?: string; message: string };
  outcome = { ok: false, code: code ?? 'crash', message };
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ...outcome, ms, maxRssKiB: process.resourceUsage().maxRSS }));
