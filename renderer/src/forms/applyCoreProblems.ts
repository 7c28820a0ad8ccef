import type { TFunction } from 'i18next';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { errorText } from '../errors/errorText';

type FormLike<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'getValues'>;

interface CoreProblemOptions<T extends FieldValues> {
  /** Where a core path lands when the form names the field differently (`{ path: 'file' }`). */
  fields?: Readonly<Record<string, FieldPath<T>>>;
  /** False when the form shows the failure itself (with the core's detail, ErrorWithDetail). */
  formLevel?: boolean;
}

/**
 * Shows a failure the core reported for a submitted form: the translated sentence as the form's
 * error (`root.server`, announced by FormError), and each field the core named (the issues of an
 * `invalid_input` error, or `details.field`) marked invalid, the first one focused. A path the form
 * has no field for stays with the form-level sentence.
 */
export function applyCoreProblems<T extends FieldValues>(
  form: FormLike<T>,
  error: unknown,
  t: TFunction,
  options: CoreProblemOptions<T> = {},
): void {
  if (options.formLevel !== false)
    form.setError('root.server', { type: 'server', message: errorText(t, error) });
  const values: unknown = form.getValues();
  let focused = false;
  for (const path of corePaths(error)) {
    const field = options.fields?.[path] ?? formField<T>(values, path);
    if (field === undefined) continue;
    form.setError(field, { type: 'server', message: t('form.invalid') }, { shouldFocus: !focused });
    focused = true;
  }
}

/** The field paths named by a core error's details: `{ issues: [{ path }] }` or `{ field }`. */
export function corePaths(error: unknown): string[] {
  const details = (error as { details?: unknown } | null)?.details;
  if (typeof details !== 'object' || details === null) return [];
  const { issues, field } = details as { issues?: unknown; field?: unknown };
  const paths = Array.isArray(issues)
    ? issues
        .map((issue) => (issue as { path?: unknown } | null)?.path)
        .filter((path): path is string => typeof path === 'string' && path !== '')
    : [];
  if (typeof field === 'string' && field !== '') paths.push(field);
  return [...new Set(paths)];
}

/** The form's own field for a core path: the whole path if the form holds it, else its first step. */
function formField<T extends FieldValues>(values: unknown, path: string): FieldPath<T> | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  if (hasPath(values, path)) return path as FieldPath<T>;
  const head = path.split('.')[0];
  return head !== undefined && head in values ? (head as FieldPath<T>) : undefined;
}

function hasPath(values: object, path: string): boolean {
  let node: unknown = values;
  for (const step of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(step in node)) return false;
    node = (node as Record<string, unknown>)[step];
  }
  return true;
}
