import i18next from 'i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { AssayClientError } from '../client/AssayClientError';
import { applyCoreProblems, corePaths } from './applyCoreProblems';

const t = i18next.t.bind(i18next);

/** Records what the helper sets, over a form holding `values`. */
function recordingForm(values: FieldValues) {
  const set: { name: string; type?: string; focus: boolean }[] = [];
  const form = {
    getValues: () => values,
    setError: (name: string, error: { type?: string }, options?: { shouldFocus?: boolean }) =>
      void set.push({ name, type: error.type, focus: options?.shouldFocus ?? false }),
  } as unknown as Pick<UseFormReturn<FieldValues>, 'setError' | 'getValues'>;
  return { form, set };
}

describe('corePaths', () => {
  it('reads issue paths and a named field, ignoring anything else', () => {
    const issues = [{ path: 'title', message: '?' }, { path: '' }, { path: 3 }, null, { path: 'title' }];
    expect(corePaths(new AssayClientError('invalid_input', 'x', { issues, field: 'outPath' }))).toEqual([
      'title',
      'outPath',
    ]);
    expect(corePaths(new AssayClientError('internal', 'x'))).toEqual([]);
    expect(corePaths(new Error('plain'))).toEqual([]);
    expect(corePaths(null)).toEqual([]);
  });
});

describe('applyCoreProblems', () => {
  it('sets the form-level error and marks each named field, focusing only the first', () => {
    const { form, set } = recordingForm({ title: '', party: { name: '' }, notes: '' });
    const issues = [{ path: 'party.name' }, { path: 'notes.0' }, { path: 'unknown' }];
    applyCoreProblems(form, new AssayClientError('invalid_input', 'x', { issues }), t);
    expect(set).toEqual([
      { name: 'root.server', type: 'server', focus: false },
      { name: 'party.name', type: 'server', focus: true },
      { name: 'notes', type: 'server', focus: false },
    ]);
  });

  it('maps a core path the form names differently', () => {
    const { form, set } = recordingForm({ file: '' });
    applyCoreProblems(form, new AssayClientError('not_found', 'x', { field: 'path' }), t, {
      fields: { path: 'file' },
    });
    expect(set.map((entry) => entry.name)).toEqual(['root.server', 'file']);
  });

  it('leaves the form-level error to a form that shows the failure itself', () => {
    const { form, set } = recordingForm({ file: '' });
    applyCoreProblems(form, new AssayClientError('invalid_input', 'x', { field: 'file' }), t, {
      formLevel: false,
    });
    expect(set.map((entry) => entry.name)).toEqual(['file']);
  });

  it('keeps a failure without fields on the form alone', () => {
    const { form, set } = recordingForm({ title: '' });
    applyCoreProblems(form, new Error('boom'), t);
    expect(set.map((entry) => entry.name)).toEqual(['root.server']);
  });
});
