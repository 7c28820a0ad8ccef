import * as z from 'zod';

/**
 * A field of an operation's input that names a file on disk. Declared here, once, so the guard
 * that keeps a window from naming paths of its own choosing is derived from the contract rather
 * than kept beside it (and a test fails on any path-like field that is not declared).
 */
export interface PathField {
  /** Whether the operation reads the file or writes it. */
  access: 'read' | 'write';
  /** A file, or a folder the operation creates and fills (a restored workspace). */
  target: 'file' | 'folder';
  /**
   * The operation can take the bytes as they arrive from a browser window instead of a staged
   * file (evidence: sealed on arrival, so its plaintext never reaches the disk).
   */
  stream?: true;
}

export const pathFields = z.registry<PathField>();

const MAX_PATH = 32_768;

/** A file the operation reads; `message` is shown when the field is empty. */
export function readPath(message = 'choose a file', options: { stream?: true } = {}): z.ZodString {
  return z
    .string()
    .min(1, message)
    .max(MAX_PATH)
    .register(pathFields, { access: 'read', target: 'file', ...options });
}

/** A file the operation writes; an existing file is never overwritten by the operations that take one. */
export function writePath(message = 'choose where to save the file'): z.ZodString {
  return z
    .string()
    .trim()
    .min(1, message)
    .max(MAX_PATH)
    .register(pathFields, { access: 'write', target: 'file' });
}

/** A new or empty folder the operation creates and fills. */
export function writeFolder(message = 'choose a new folder'): z.ZodString {
  return z
    .string()
    .trim()
    .min(1, message)
    .max(MAX_PATH)
    .register(pathFields, { access: 'write', target: 'folder' });
}

/** Where a declared path field sits inside an input: object keys, with `[]` for array elements. */
export interface PathFieldLocation extends PathField {
  at: readonly (string | '[]')[];
}

/** Looks through the wrappers (optional, default, refinements) to the schema that holds the value. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (
      def.type === 'optional' ||
      def.type === 'nullable' ||
      def.type === 'default' ||
      def.type === 'prefault'
    )
      current = (def as z.core.$ZodOptionalDef).innerType;
    else if (def.type === 'pipe') current = (def as z.core.$ZodPipeDef).in;
    else return current;
  }
}

/**
 * Every declared path field of an input schema, and every string field that is not declared
 * (`undeclared`), so a test can fail on a path-like name that slipped through without a guard.
 */
export function walkPathFields(schema: z.core.$ZodType): {
  declared: PathFieldLocation[];
  strings: (readonly string[])[];
} {
  const declared: PathFieldLocation[] = [];
  const strings: (readonly string[])[] = [];
  const visit = (node: z.core.$ZodType, at: (string | '[]')[]): void => {
    const meta = pathFields.get(node as z.ZodType);
    if (meta) {
      declared.push({ ...meta, at });
      return;
    }
    const inner = unwrap(node);
    if (inner !== node) {
      const innerMeta = pathFields.get(inner as z.ZodType);
      if (innerMeta) {
        declared.push({ ...innerMeta, at });
        return;
      }
    }
    const def = inner._zod.def;
    if (def.type === 'object') {
      const shape = (def as z.core.$ZodObjectDef).shape;
      for (const [key, child] of Object.entries(shape)) visit(child, [...at, key]);
    } else if (def.type === 'array') {
      visit((def as z.core.$ZodArrayDef).element, [...at, '[]']);
    } else if (def.type === 'union') {
      for (const option of (def as z.core.$ZodUnionDef).options) visit(option, at);
    } else if (def.type === 'string') {
      strings.push(at.filter((part) => part !== '[]'));
    }
  };
  visit(schema, []);
  return { declared, strings };
}

/**
 * Calls `map` on every value found at a declared location and returns the input with each
 * replaced by what it returned; the input itself is left untouched.
 */
export async function mapPathValues<T>(
  input: T,
  locations: readonly PathFieldLocation[],
  map: (value: string, field: PathFieldLocation) => Promise<string>,
): Promise<T> {
  const copy = structuredClone(input);
  const replaceAt = async (holder: unknown, at: readonly (string | '[]')[], field: PathFieldLocation) => {
    if (holder === null || typeof holder !== 'object') return;
    const [head, ...rest] = at;
    if (head === undefined) return;
    if (head === '[]') {
      if (!Array.isArray(holder)) return;
      for (let index = 0; index < holder.length; index += 1) {
        if (rest.length === 0) {
          const value: unknown = holder[index];
          if (typeof value === 'string') holder[index] = await map(value, field);
        } else await replaceAt(holder[index], rest, field);
      }
      return;
    }
    const record = holder as Record<string, unknown>;
    if (rest.length === 0) {
      const value = record[head];
      if (typeof value === 'string') record[head] = await map(value, field);
      return;
    }
    await replaceAt(record[head], rest, field);
  };
  for (const field of locations) await replaceAt(copy, field.at, field);
  return copy;
}
