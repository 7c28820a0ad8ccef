import { randomBytes } from 'node:crypto';
import type { KnownTemplate } from './templateLookup';

type TemplateText = Pick<KnownTemplate, 'canonical' | 'json'>;

/** The template is the top-level `templateCanonical` string of assessment.json (every format). */
const TEMPLATE_KEY = 'templateCanonical';

/** Long enough to be rare: the template's opening bytes, found before the whole is compared. */
const PROBE_BYTES = 64;

/**
 * Where `needle` first occurs in `bytes`. Searching for all of a large needle costs more than
 * comparing it once, so its opening bytes are searched for and the rest compared where they occur.
 */
function findWhole(bytes: Buffer, needle: Buffer): number {
  const probe = needle.subarray(0, PROBE_BYTES);
  for (let at = bytes.indexOf(probe); at >= 0; at = bytes.indexOf(probe, at + 1)) {
    if (at + needle.length > bytes.length) return -1;
    if (bytes.compare(needle, 0, needle.length, at, at + needle.length) === 0) return at;
  }
  return -1;
}

/**
 * When a template this verifier has already checked is carried as the exact JSON text it had then,
 * only the rest of the file is decoded: the template's text (three quarters of the bytes, six
 * languages of it) is cut out and its known string put back. The cut is replaced by a string no
 * file can foresee (a random 128-bit nonce), and the result is used only when that string comes back as the
 * top-level template: then the cut was a whole string token in that place (after an escaping
 * backslash it would have joined another string), and the file reads exactly as JSON.parse would
 * read all of it. Anything else returns undefined.
 */
function parseAroundKnownTemplate(bytes: Buffer, known: readonly TemplateText[]): unknown {
  for (const template of known) {
    const at = findWhole(bytes, template.json);
    if (at < 0) continue;
    const marker = `assay-known-template-${randomBytes(16).toString('hex')}`;
    const text =
      bytes.toString('utf8', 0, at) +
      JSON.stringify(marker) +
      bytes.toString('utf8', at + template.json.length);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const record = parsed as Record<string, unknown>;
    if (record[TEMPLATE_KEY] !== marker) return undefined;
    record[TEMPLATE_KEY] = template.canonical;
    return parsed;
  }
  return undefined;
}

/** assessment.json's value, as JSON.parse reads its UTF-8 text; throws what JSON.parse throws. */
export function parseEmbeddedJson(bytes: Buffer, known: readonly TemplateText[] = []): unknown {
  return parseAroundKnownTemplate(bytes, known) ?? JSON.parse(bytes.toString('utf8'));
}
