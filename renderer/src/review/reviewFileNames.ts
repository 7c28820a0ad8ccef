/** The report under review: what the core reads (never shown) and the name the person's file has. */
export interface ChosenReport {
  path: string;
  name: string;
}

/** The last segment of a path, whichever separator the platform uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `report.pdf` → `report-<suffix>.<extension>`: the suggested name, next to the original. */
export function derivedName(name: string, suffix: string, extension: string): string {
  const stem = baseName(name).replace(/\.pdf$/i, '') || 'report';
  return `${stem}-${suffix}.${extension}`;
}
