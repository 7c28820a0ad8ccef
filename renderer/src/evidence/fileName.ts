/** The last component of a path from either platform's file picker, for messages about that file. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
