/** One problem in a template or translation file, located by JSON path ("$.sections[2].questions[0].showIf"). */
export interface TemplateProblem {
  /** The file the problem is in, when known (template.json, translations/fr.json). */
  file?: string;
  path: string;
  message: string;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

export function formatProblems(problems: readonly TemplateProblem[]): string {
  return problems.map((p) => `${p.file ? `${p.file}: ` : ''}${p.path}: ${p.message}`).join('\n');
}

/** Zod issues as template problems of one file. */
export function issuesToProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  file: string,
): TemplateProblem[] {
  return issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}
