import { ImportError } from './importError';

export interface CsvRow {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
  /** Whether each field was quoted (OFAC marks nulls with an unquoted `-0- `). */
  quoted: boolean[];
}

export interface CsvOptions {
  file: string;
  delimiter?: string;
}

/**
 * RFC 4180 reader: quoted fields may hold the delimiter, newlines and doubled quotes; CRLF and LF
 * both end a record; a leading BOM and a trailing Ctrl-Z (end-of-file marker of old DOS tools) are
 * ignored. Blank lines are skipped. Errors name the file and the line.
 */
export function* readCsv(text: string, { file, delimiter = ',' }: CsvOptions): Generator<CsvRow> {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === 0x1a) end -= 1;
  source = source.slice(0, end);
  const length = source.length;
  let pos = 0;
  let line = 1;
  while (pos < length) {
    const startLine = line;
    const fields: string[] = [];
    const quoted: boolean[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      if (source[pos] === '"') {
        pos += 1;
        let value = '';
        for (;;) {
          const close = source.indexOf('"', pos);
          if (close === -1)
            throw new ImportError(
              { file, line: startLine, field: `column ${fields.length + 1}` },
              'a quoted field is never closed (missing closing quote before the end of the file)',
            );
          const chunk = source.slice(pos, close);
          line += countNewlines(chunk);
          value += chunk;
          if (source[close + 1] === '"') {
            value += '"';
            pos = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
        fields.push(value);
        quoted.push(true);
        const next = source[pos];
        if (next === delimiter) pos += 1;
        else if (next === undefined) endOfRecord = true;
        else if (next === '\n' || (next === '\r' && source[pos + 1] === '\n')) {
          pos += next === '\r' ? 2 : 1;
          line += 1;
          endOfRecord = true;
        } else if (next === ' ' && isTrailingBlank(source, pos, delimiter)) {
          // `"value" ,` — spaces after a closing quote carry no data.
          while (source[pos] === ' ') pos += 1;
          if (source[pos] === delimiter) pos += 1;
          else {
            pos += source[pos] === '\r' ? 2 : source[pos] === '\n' ? 1 : 0;
            line += 1;
            endOfRecord = true;
          }
        } else {
          throw new ImportError(
            { file, line, field: `column ${fields.length}` },
            `unexpected character ${JSON.stringify(next)} after a closing quote (expected "${delimiter}" or end of line)`,
          );
        }
      } else {
        let end = pos;
        while (end < length) {
          const ch = source[end];
          if (ch === delimiter || ch === '\n' || (ch === '\r' && source[end + 1] === '\n')) break;
          end += 1;
        }
        fields.push(source.slice(pos, end));
        quoted.push(false);
        const ch = source[end];
        if (ch === delimiter) pos = end + 1;
        else {
          pos = end + (ch === '\r' ? 2 : ch === '\n' ? 1 : 0);
          if (ch !== undefined) line += 1;
          endOfRecord = true;
        }
        if (ch === delimiter && pos >= length) {
          fields.push('');
          quoted.push(false);
          endOfRecord = true;
        }
      }
    }
    if (fields.length === 1 && fields[0] === '' && !quoted[0]) continue;
    yield { line: startLine, fields, quoted };
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

function isTrailingBlank(source: string, pos: number, delimiter: string): boolean {
  let index = pos;
  while (source[index] === ' ') index += 1;
  const ch = source[index];
  return ch === undefined || ch === delimiter || ch === '\n' || ch === '\r';
}

/** Decodes bytes as strict UTF-8, naming the file and line of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string, hint = ''): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.indexOf('\ufffd');
    const line = bad === -1 ? undefined : countNewlines(lossy.slice(0, bad)) + 1;
    throw new ImportError({ file, line }, `the file is not valid UTF-8${hint}`);
  }
}
