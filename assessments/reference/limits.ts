/**
 * Bounds on what an import may hold. The published lists are a few MB with fields of at most a few
 * thousand characters; anything far beyond these is refused before it can exhaust memory (a huge
 * field, a ZIP bomb, a file with millions of junk rows).
 */
export const IMPORT_LIMITS = {
  /** Largest file accepted on disk. */
  fileBytes: 256 * 1024 * 1024,
  /** Longest single CSV field, XML text node or attribute, in characters. */
  fieldChars: 64 * 1024,
  /** Most fields in one CSV row. */
  fieldsPerRow: 1_000,
  /** Most rows (CSV) or records (XML elements, sheet rows) in one file. */
  records: 2_000_000,
  /** Deepest XML element nesting (the UN list nests 5 deep, an xlsx sheet 5 deep). */
  xmlDepth: 32,
  /** Total bytes an .xlsx workbook may decompress to (only the parts the importer reads). */
  xlsxDecompressedBytes: 64 * 1024 * 1024,
  /** Read size when streaming a file. */
  chunkBytes: 1024 * 1024,
} as const;

/** A drop of more than this share of entries from the previous dataset of the same kind needs a reason. */
export const SHRINK_TOLERANCE = 0.05;
