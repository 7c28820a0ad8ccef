/**
 * Deterministic JSON: object keys sorted by UTF-16 code unit, no whitespace, no undefined values.
 * Hashes over data (audit events, templates, embedded report data) are computed over this form so
 * that two machines always agree on the bytes.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '$');
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at ${path}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, index) => serialize(item, `${path}[${index}]`)).join(',')}]`;
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v, `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: unsupported ${typeof value} at ${path}`);
  }
}

const definedEntries = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);

/**
 * Whether canonicalJson(a) === canonicalJson(b), compared value by value without writing either.
 * A value canonicalJson cannot write (a non-finite number, undefined, a function) equals nothing.
 */
export function canonicallyEqual(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  switch (typeof a) {
    case 'string':
    case 'boolean':
      return a === b;
    case 'number':
      // 0 and -0 are both written "0", and === holds for them.
      return Number.isFinite(a) && a === b;
    case 'object': {
      if (typeof b !== 'object') return false;
      if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
        return a.every((item, index) => canonicallyEqual(item, b[index]));
      }
      const left = definedEntries(a as object);
      const right = new Map(definedEntries(b));
      return (
        left.length === right.size &&
        left.every(([k, v]) => right.has(k) && canonicallyEqual(v, right.get(k)))
      );
    }
    default:
      return false;
  }
}
