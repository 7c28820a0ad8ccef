/** How the report refers to an evidence item everywhere: the first 12 hex digits of its SHA-256. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
