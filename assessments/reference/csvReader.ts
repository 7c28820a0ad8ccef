import { ImportError } from './importError';
import { IMPORT_LIMITS } from './limits';

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

/** How the file ended, known once every row has been read. */
export interface CsvEnding {
  /** A Ctrl-Z (0x1A) end-of-file marker followed the last record (OFAC's sdn.csv has one). */
  eofMarker: boolean;
  /** The last record was ended by a line break (a file cut mid-line is not). */
  endsWithNewline: boolean;
  /** Records read (blank lines excluded). */
  rows: number;
  /** The line after the last one read. */
  lines: number;
}

type State = 'start' | 'unquoted' | 'cr' | 'quoted' | 'quoteSeen' | 'afterQuote' | 'afterQuoteCr';

/**
 * Incremental RFC 4180 reader: text arrives in chunks of any size and complete records come out.
 * Quoted fields may hold the delimiter, newlines and doubled quotes; CRLF and LF both end a record;
 * a leading BOM is skipped; a Ctrl-Z after the last record is recorded as the end-of-file marker.
 * Blank lines are skipped. Fields longer than 64 KiB, rows with too many fields and NUL characters
 * are refused. Errors name the file and the line.
 */
export class CsvTokenizer {
  private readonly file: string;
  private readonly delimiter: string;
  private state: State = 'start';
  private line = 1;
  private recordLine = 1;
  private fields: string[] = [];
  private quoted: boolean[] = [];
  private field = '';
  private first = true;
  private rows = 0;
  private eofMarker = false;
  private endsWithNewline = true;

  constructor({ file, delimiter = ',' }: CsvOptions) {
    this.file = file;
    this.delimiter = delimiter;
  }

  /** Feeds the next piece of text; returns the records it completed. */
  write(text: string): CsvRow[] {
    const out: CsvRow[] = [];
    let i = 0;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const length = text.length;
    const delimiter = this.delimiter;
    while (i < length) {
      if (this.eofMarker) {
        const ch = text[i];
        if (ch !== '\x1a' && ch !== '\r' && ch !== '\n')
          throw new ImportError(
            { file: this.file, line: this.line },
            'data follows the end-of-file marker (Ctrl-Z); the file is damaged',
          );
        if (ch === '\n') this.line += 1;
        i += 1;
        continue;
      }
      switch (this.state) {
        case 'quoted': {
          const close = text.indexOf('"', i);
          const end = close === -1 ? length : close;
          this.append(text, i, end, true);
          i = end;
          if (close !== -1) {
            this.state = 'quoteSeen';
            i += 1;
          }
          continue;
        }
        case 'unquoted': {
          let end = i;
          while (end < length) {
            const ch = text[end];
            if (ch === delimiter || ch === '\n' || ch === '\r') break;
            end += 1;
          }
          this.append(text, i, end, false);
          i = end;
          if (i < length) i = this.endOfUnquoted(text, i, out);
          continue;
        }
        default:
          i = this.step(text, i, out);
      }
    }
    return out;
  }

  /** Ends the input; returns the last record, if the text did not end with a line break. */
  end(): { rows: CsvRow[]; ending: CsvEnding } {
    const out: CsvRow[] = [];
    switch (this.state) {
      case 'quoted':
        throw new ImportError(
          { file: this.file, line: this.recordLine, field: `column ${this.fields.length + 1}` },
          'a quoted field is never closed (missing closing quote before the end of the file); the file may be truncated',
        );
      case 'quoteSeen':
      case 'afterQuote':
      case 'afterQuoteCr':
        this.pushField(true);
        this.finishRecord(out, false);
        break;
      case 'cr':
        this.field += '\r';
        this.pushField(false);
        this.finishRecord(out, false);
        break;
      case 'unquoted':
        this.pushField(false);
        this.finishRecord(out, false);
        break;
      case 'start':
        if (this.fields.length > 0) {
          this.pushField(false);
          this.finishRecord(out, false);
        }
    }
    return {
      rows: out,
      ending: {
        eofMarker: this.eofMarker,
        endsWithNewline: this.endsWithNewline,
        rows: this.rows,
        lines: this.line,
      },
    };
  }

  private step(text: string, i: number, out: CsvRow[]): number {
    const ch = text[i] as string;
    const delimiter = this.delimiter;
    switch (this.state) {
      case 'start':
        if (this.fields.length === 0) this.recordLine = this.line;
        if (ch === '\x1a' && this.fields.length === 0) {
          this.eofMarker = true;
          return i + 1;
        }
        if (ch === '"') {
          this.state = 'quoted';
          return i + 1;
        }
        if (ch === delimiter || ch === '\n' || ch === '\r') return this.endOfUnquoted(text, i, out);
        this.state = 'unquoted';
        return i;
      case 'cr':
        if (ch === '\n') {
          this.pushField(false);
          this.line += 1;
          this.finishRecord(out, true);
          return i + 1;
        }
        this.append('\r', 0, 1, false);
        this.state = 'unquoted';
        return i;
      case 'quoteSeen':
        if (ch === '"') {
          this.append('"', 0, 1, true);
          this.state = 'quoted';
          return i + 1;
        }
        if (ch === ' ') {
          this.state = 'afterQuote';
          return i + 1;
        }
        return this.afterClosingQuote(ch, i, out);
      case 'afterQuote':
        if (ch === ' ') return i + 1;
        return this.afterClosingQuote(ch, i, out);
      case 'afterQuoteCr':
        if (ch === '\n') {
          this.pushField(true);
          this.line += 1;
          this.finishRecord(out, true);
          return i + 1;
        }
        throw this.strayAfterQuote('\r');
      default:
        return i;
    }
  }

  private afterClosingQuote(ch: string, i: number, out: CsvRow[]): number {
    if (ch === this.delimiter) {
      this.pushField(true);
      this.state = 'start';
      return i + 1;
    }
    if (ch === '\n') {
      this.pushField(true);
      this.line += 1;
      this.finishRecord(out, true);
      return i + 1;
    }
    if (ch === '\r') {
      this.state = 'afterQuoteCr';
      return i + 1;
    }
    throw this.strayAfterQuote(ch);
  }

  private strayAfterQuote(ch: string): ImportError {
    return new ImportError(
      { file: this.file, line: this.line, field: `column ${this.fields.length + 1}` },
      `unexpected character ${JSON.stringify(ch)} after a closing quote (expected "${this.delimiter}" or end of line)`,
    );
  }

  /** At a delimiter, `\n` or `\r` that ends an unquoted (possibly empty) field. */
  private endOfUnquoted(text: string, i: number, out: CsvRow[]): number {
    const ch = text[i];
    if (ch === this.delimiter) {
      this.pushField(false);
      this.state = 'start';
      return i + 1;
    }
    if (ch === '\n') {
      this.pushField(false);
      this.line += 1;
      this.finishRecord(out, true);
      return i + 1;
    }
    this.state = 'cr';
    return i + 1;
  }

  private append(text: string, from: number, to: number, quoted: boolean): void {
    if (to <= from) return;
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    if (piece.includes('\0'))
      throw new ImportError(
        {
          file: this.file,
          line: this.line + (quoted ? countNewlines(piece.slice(0, piece.indexOf('\0'))) : 0),
        },
        'the file holds a NUL character; it is binary data or damaged, not a text list',
      );
    if (quoted) this.line += countNewlines(piece);
    if (this.field.length + piece.length > IMPORT_LIMITS.fieldChars)
      throw new ImportError(
        { file: this.file, line: this.recordLine, field: `column ${this.fields.length + 1}` },
        `the field is longer than ${IMPORT_LIMITS.fieldChars / 1024} KiB; no list has fields that long`,
      );
    this.field += piece;
  }

  private pushField(quoted: boolean): void {
    if (this.fields.length >= IMPORT_LIMITS.fieldsPerRow)
      throw new ImportError(
        { file: this.file, line: this.recordLine },
        `the row has more than ${IMPORT_LIMITS.fieldsPerRow} fields`,
      );
    this.fields.push(this.field);
    this.quoted.push(quoted);
    this.field = '';
  }

  private finishRecord(out: CsvRow[], newline: boolean): void {
    const fields = this.fields;
    const quoted = this.quoted;
    this.fields = [];
    this.quoted = [];
    this.state = 'start';
    this.endsWithNewline = newline;
    if (fields.length === 1 && fields[0] === '' && !quoted[0]) return;
    this.rows += 1;
    if (this.rows > IMPORT_LIMITS.records)
      throw new ImportError(
        { file: this.file, line: this.recordLine },
        `the file has more than ${IMPORT_LIMITS.records} rows`,
      );
    out.push({ line: this.recordLine, fields, quoted });
  }
}

/** Reads a whole text (tests, small inputs). */
export function* readCsv(text: string, options: CsvOptions): Generator<CsvRow> {
  const tokenizer = new CsvTokenizer(options);
  yield* tokenizer.write(text);
  yield* tokenizer.end().rows;
}

/** A CSV stream: rows as they complete, then `ending` once the rows are exhausted. */
export interface CsvStream {
  rows: AsyncGenerator<CsvRow>;
  ending: () => CsvEnding;
}

/** Rows of a CSV arriving as text chunks. */
export function csvStream(chunks: AsyncIterable<string>, options: CsvOptions): CsvStream {
  const tokenizer = new CsvTokenizer(options);
  let ending: CsvEnding | null = null;
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const chunk of chunks) yield* tokenizer.write(chunk);
    const last = tokenizer.end();
    ending = last.ending;
    yield* last.rows;
  }
  return {
    rows: rows(),
    ending: () => {
      if (!ending) throw new Error('csvStream: ending read before the rows were exhausted');
      return ending;
    },
  };
}

export function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
