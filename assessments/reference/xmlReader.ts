import { SaxesParser } from 'saxes';
import { ImportError } from './importError';
import { IMPORT_LIMITS } from './limits';

export interface XmlHandlers {
  /** An element opened; `path` holds the names of its ancestors and itself. */
  open(name: string, attributes: Record<string, string>, path: readonly string[]): void;
  text(text: string, path: readonly string[]): void;
  close(name: string, path: readonly string[]): void;
}

export interface XmlReaderOptions {
  file: string;
  /** Says what the file was expected to be, for errors before the root element. */
  expected: string;
}

/** Feed size: text accumulated between parser events is checked after every slice of this many characters. */
const SLICE = 16 * 1024;

/**
 * A bounded, streaming XML reader (saxes): well-formedness errors, a DOCTYPE (so no entity
 * expansion and no external entities), nesting deeper than 32 and any text, attribute or markup run
 * longer than 64 KiB are refused as `invalid_input` naming the file, line and element. Text is fed
 * in chunks; memory is bounded by the longest permitted run, not the file.
 */
export class XmlReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly path: string[] = [];
  private readonly file: string;
  private readonly expected: string;
  private sinceEvent = 0;
  private rootSeen = false;

  constructor(options: XmlReaderOptions, handlers: XmlHandlers) {
    this.file = options.file;
    this.expected = options.expected;
    const parser = this.parser;
    const seen = () => {
      this.sinceEvent = 0;
    };
    parser.on('doctype', () => {
      throw this.error(
        'the file declares a DOCTYPE; document type definitions and entities are refused (they can expand without bound or read other files)',
      );
    });
    parser.on('opentag', (tag) => {
      seen();
      this.rootSeen = true;
      this.path.push(tag.name);
      if (this.path.length > IMPORT_LIMITS.xmlDepth)
        throw this.error(`elements are nested more than ${IMPORT_LIMITS.xmlDepth} deep`);
      handlers.open(tag.name, tag.attributes as Record<string, string>, this.path);
    });
    parser.on('text', (text) => {
      seen();
      if (text.length > IMPORT_LIMITS.fieldChars) throw this.tooLong();
      if (this.path.length > 0) handlers.text(text, this.path);
    });
    parser.on('cdata', (text) => {
      seen();
      if (text.length > IMPORT_LIMITS.fieldChars) throw this.tooLong();
      handlers.text(text, this.path);
    });
    parser.on('closetag', (tag) => {
      seen();
      handlers.close(tag.name, this.path);
      this.path.pop();
    });
    parser.on('comment', seen);
    parser.on('processinginstruction', seen);
    parser.on('xmldecl', seen);
    parser.on('error', (error) => {
      throw this.error(this.describe(error.message));
    });
  }

  /** The element path at the current position (for callers' own errors). */
  get openElements(): readonly string[] {
    return this.path;
  }

  get line(): number {
    return this.parser.line;
  }

  write(text: string): void {
    for (let start = 0; start < text.length; start += SLICE) {
      const piece = text.length <= SLICE ? text : text.slice(start, start + SLICE);
      if (piece.includes('\0'))
        throw this.error('the file holds a NUL character; it is binary data or damaged, not XML');
      this.parser.write(piece);
      this.sinceEvent += piece.length;
      if (this.sinceEvent > IMPORT_LIMITS.fieldChars + SLICE) throw this.tooLong();
    }
  }

  /** Ends the input; a document cut short is reported with the elements left open. */
  close(): void {
    if (!this.rootSeen)
      throw new ImportError(
        { file: this.file, line: this.parser.line },
        `${this.expected}: the file has no XML element`,
      );
    if (this.path.length > 0)
      throw new ImportError(
        { file: this.file, line: this.parser.line, record: this.path.join('/') },
        `the file ends early, inside <${this.path.at(-1) ?? ''}> (${this.path.length} elements left open): the file is truncated`,
      );
    this.parser.close();
  }

  error(problem: string): ImportError {
    return new ImportError(
      {
        file: this.file,
        line: this.parser.line,
        ...(this.path.length > 0 ? { record: this.path.join('/') } : {}),
      },
      problem,
    );
  }

  private tooLong(): ImportError {
    return this.error(
      `a text, attribute or markup run is longer than ${IMPORT_LIMITS.fieldChars / 1024} KiB; no list has fields that long`,
    );
  }

  /** saxes prefixes `line:column: `; the location is given separately. */
  private describe(message: string): string {
    const problem = message.replace(/^\d+:\d+: /u, '');
    if (!this.rootSeen) return `${this.expected}: the file is not XML (${problem})`;
    return `the XML is not well-formed (${problem})`;
  }
}
