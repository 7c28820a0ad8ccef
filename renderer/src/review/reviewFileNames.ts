/** The last segment of a path, whichever separator the platform uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `report.pdf` → `report-<suffix>.<extension>`: the save dialog's suggestion next to the original. */
export function derivedName(path: string, suffix: string, extension: string): string {
  const stem = baseName(path).replace(/\.pdf$/i, '') || 'report';
  return `${stem}-${suffix}.${extension}`;
}
