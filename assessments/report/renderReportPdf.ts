import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { dirname, resolve, sep } from 'node:path';
import { reportFontDirectories, reportFontFiles, runtimeRequire } from './fonts';
import { EMBEDDED_ASSESSMENT_NAME } from '../verify/embeddedAssessment';
import { installGlyphTextMap, missingGlyphsOf } from './glyphTextMap';

interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string, options?: unknown): Buffer;
  writeFileSync(name: string, content: Buffer): void;
}

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
  _root: { data: { Pages: { data: { Count: number } } } };
}

type PrinterClass = new (
  fonts: unknown,
  virtualfs: VirtualFs,
  urlResolver: unknown,
  localAccessPolicy: (path: string) => boolean,
) => { createPdfKitDocument(definition: TDocumentDefinitions, options: object): Promise<PdfKitDocument> };

type UrlResolverClass = new (fs: VirtualFs) => {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
};

/** The in-memory files the renderer may read besides the fonts: only the attachment. */
class MemoryFiles implements VirtualFs {
  private readonly files = new Map<string, Buffer>();
  existsSync(name: string): boolean {
    return this.files.has(name);
  }
  readFileSync(name: string): Buffer {
    const file = this.files.get(name);
    if (!file) throw new Error(`no in-memory file ${name}`);
    return file;
  }
  writeFileSync(name: string, content: Buffer): void {
    this.files.set(name, content);
  }
}

export interface RenderedReport {
  pdf: Buffer;
  pageCount: number;
  /** Characters no shipped font has, drawn as the missing-glyph box (none in a good report). */
  missingGlyphs: string[];
}

/** The key the attachment is stored under in the renderer's in-memory file system. */
export const ATTACHMENT_KEY = `attachments/${EMBEDDED_ASSESSMENT_NAME}`;

/**
 * Renders a report definition with pdfmake in this process, embedding `assessmentJson` as the
 * `assessment.json` attachment. The renderer may not fetch any URL, and may read no file but the
 * shipped fonts; the attachment never touches the disk. The definition is not modified.
 */
export async function renderReport(
  definition: TDocumentDefinitions,
  assessmentJson: string,
): Promise<RenderedReport> {
  installGlyphTextMap();
  const Printer = loadPdfmake<{ default: PrinterClass }>('js/Printer').default;
  const UrlResolver = loadPdfmake<{ default: UrlResolverClass }>('js/URLResolver').default;
  const files = new MemoryFiles();
  files.writeFileSync(ATTACHMENT_KEY, Buffer.from(assessmentJson, 'utf8'));
  const urlResolver = new UrlResolver(files);
  urlResolver.setUrlAccessPolicy(() => false);
  const fontDirs = reportFontDirectories().map((dir) => resolve(dir) + sep);
  const printer = new Printer(reportFontFiles(), files, urlResolver, (path) =>
    fontDirs.some((dir) => resolve(path).startsWith(dir)),
  );
  const attached = withAttachment(cloneDefinition(definition));
  const doc = await printer.createPdfKitDocument(attached, {});
  const pageCount = doc._root.data.Pages.data.Count;
  const pdf = await new Promise<Buffer>((done, fail) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.on('error', (error) => fail(error ?? new Error('PDF rendering failed')));
    doc.end();
  });
  return { pdf, pageCount, missingGlyphs: missingGlyphsOf(doc) };
}

/** `renderReport` for callers that need only the bytes. */
export async function renderReportPdf(
  definition: TDocumentDefinitions,
  assessmentJson: string,
): Promise<Buffer> {
  return (await renderReport(definition, assessmentJson)).pdf;
}

/**
 * pdfmake fills in and rewrites parts of the definition it is given (fonts, files, defaults), so
 * it gets a shallow copy with its own attachment entry.
 */
function withAttachment(definition: TDocumentDefinitions): TDocumentDefinitions {
  const created = definition.info?.creationDate;
  const at = created instanceof Date ? created : undefined;
  return {
    ...definition,
    files: {
      [EMBEDDED_ASSESSMENT_NAME]: {
        src: ATTACHMENT_KEY,
        name: EMBEDDED_ASSESSMENT_NAME,
        type: 'application/json',
        relationship: 'Data',
        description: 'The assessment as data: template, answers, scores, decision, evidence, audit head',
        ...(at ? { creationDate: at, modifiedDate: at } : {}),
      },
    },
  } as TDocumentDefinitions;
}

/** pdfmake annotates the nodes it lays out; each render works on its own copy (functions shared). */
function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDefinition(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, cloneDefinition(item)]),
    ) as T;
  }
  return value;
}

function loadPdfmake<T>(path: string): T {
  const dir = dirname(runtimeRequire.resolve('pdfmake/package.json'));
  return runtimeRequire(`${dir}/${path}`) as T;
}
