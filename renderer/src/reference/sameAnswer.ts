/** Whether two answers hold the same options, in any order. */
export function sameAnswer(a: unknown, b: unknown): boolean {
  const norm = (value: unknown) =>
    JSON.stringify(Array.isArray(value) ? [...(value as unknown[])].map(String).sort() : value);
  return norm(a) === norm(b);
}
