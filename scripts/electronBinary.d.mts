// Types of electronBinary.mjs for the TypeScript that imports it.
export function electronPackageDir(from?: string): string | null;
export function electronBinary(
  packageDir?: string | null,
  env?: Record<string, string | undefined>,
): string | null;
