import { describe, expect, it } from 'vitest';
import { contract, type OperationName } from '../api/contract';
import type { Handler, Handlers } from '../api/dispatch';
import { AppError } from '../shared/errors';
import { declaredPathFields, guardFilePaths } from '../api/guardFilePaths';
import { walkPathFields, type PathFieldLocation } from './pathFields';

/** Names that say "this string is somewhere on disk". */
const PATH_LIKE = /(^|[a-z])(path|paths|Path|Paths|file|File|files|Files|dir|Dir|folder|Folder)$|^into$/;

/** An input holding `value` at every declared location (objects and one-element arrays built on the way). */
function inputWith(
  fields: readonly PathFieldLocation[],
  value: (field: PathFieldLocation) => string,
): unknown {
  const root: Record<string, unknown> = {};
  for (const field of fields) {
    let holder: unknown = root;
    field.at.forEach((step, index) => {
      const last = index === field.at.length - 1;
      const container = holder as Record<string, unknown> | unknown[];
      const key = step === '[]' ? 0 : step;
      const next = last ? value(field) : field.at[index + 1] === '[]' ? [] : {};
      const existing = (container as Record<string | number, unknown>)[key];
      if (existing === undefined || last) (container as Record<string | number, unknown>)[key] = next;
      holder = (container as Record<string | number, unknown>)[key];
    });
  }
  return root;
}

describe('path fields declared in the contract', () => {
  it('declares every field whose name says it is a path, in every operation', () => {
    const undeclared: string[] = [];
    for (const op of Object.keys(contract) as OperationName[]) {
      const { strings } = walkPathFields(contract[op].input);
      for (const at of strings) {
        const name = at.at(-1) ?? '';
        if (PATH_LIKE.test(name)) undeclared.push(`${op}: ${at.join('.')}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('finds the file fields of the operations that read or write files', () => {
    const fields = declaredPathFields();
    const summary = Object.fromEntries(
      [...fields].map(([op, found]) => [
        op,
        found.map((field) => `${field.access}:${field.at.join('.')}`).sort(),
      ]),
    );
    expect(summary).toEqual({
      'evidence.ingest': ['read:path'],
      'evidence.exportCopy': ['write:path'],
      'workspace.backup': ['write:path'],
      'workspace.restore': ['read:path', 'write:into'],
      'reference.import': [
        'read:ofacFiles.add',
        'read:ofacFiles.alt',
        'read:ofacFiles.comments',
        'read:path',
      ],
      'identity.import': ['read:path'],
      'identity.exportCertificate': ['write:path'],
      'pdf.verify': ['read:crlPaths.[]', 'read:path', 'read:trustAnchorPaths.[]', 'read:tsaAnchorPaths.[]'],
      'report.export': ['write:path'],
      'report.timestampRequest': ['read:path', 'write:outPath'],
      'report.timestampApply': ['read:path', 'read:responsePath', 'write:outPath'],
      'report.countersign': ['read:path', 'write:outPath'],
    });
  });

  it('puts every declared field of every operation behind the guard', async () => {
    const reached: string[] = [];
    const handlers = Object.fromEntries(
      (Object.keys(contract) as OperationName[]).map((op) => [op, () => void reached.push(op)]),
    ) as unknown as Handlers;
    const seen: string[] = [];
    const guarded = guardFilePaths(handlers, {
      resolve: (value) => {
        seen.push(value);
        throw new AppError('invalid_input', `${value} refused`);
      },
    });
    for (const [op, fields] of declaredPathFields()) {
      for (const field of fields) {
        const input = inputWith([field], () => `${op}:${field.at.join('.')}`);
        const handler = guarded[op] as Handler<typeof op>;
        await expect(Promise.resolve().then(() => handler(input as never))).rejects.toThrow(/refused/);
      }
    }
    expect(reached).toEqual([]);
    const expected = [...declaredPathFields()].flatMap(([op, fields]) =>
      fields.map((field) => `${op}:${field.at.join('.')}`),
    );
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('hands the operation what the policy resolved, leaving other fields alone', async () => {
    let received: unknown;
    const handlers = { 'pdf.verify': (input: unknown) => void (received = input) } as unknown as Handlers;
    const guarded = guardFilePaths(handlers, { resolve: async (value) => `/resolved/${value}` });
    const input = {
      path: 'a.pdf',
      trustAnchorPaths: ['x.pem', 'y.pem'],
      tsaAnchorPaths: [],
      crlPaths: [],
      trustAnchorsPem: ['PEM'],
    };
    await (guarded['pdf.verify'] as (input: unknown) => Promise<unknown>)(input);
    expect(received).toEqual({
      path: '/resolved/a.pdf',
      trustAnchorPaths: ['/resolved/x.pem', '/resolved/y.pem'],
      tsaAnchorPaths: [],
      crlPaths: [],
      trustAnchorsPem: ['PEM'],
    });
    expect(input.path).toBe('a.pdf');
  });
});

describe('what goes back to a window', () => {
  it('names files as the window knows them, in results and in errors, never by resolved path', async () => {
    const policy = {
      resolve: async (value: string) => `/tmp/private-staging/${value.slice('upload:'.length)}/sdn.csv`,
      shownAs: () => 'sdn.csv',
    };
    const handlers = {
      'pdf.verify': (input: { path: string }) => ({
        file: input.path,
        nested: [{ note: `read ${input.path}` }],
      }),
      'reference.import': (input: { path: string }) => {
        throw new AppError('invalid_input', `${input.path}, line 3: expected 12 fields`, {
          path: input.path,
        });
      },
    } as unknown as Handlers;
    const guarded = guardFilePaths(handlers, policy) as unknown as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    expect(
      await guarded['pdf.verify']?.({
        path: 'upload:1',
        trustAnchorPaths: [],
        tsaAnchorPaths: [],
        crlPaths: [],
      }),
    ).toEqual({
      file: 'sdn.csv',
      nested: [{ note: 'read sdn.csv' }],
    });
    await expect(guarded['reference.import']?.({ kind: 'ofac', path: 'upload:2' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'sdn.csv, line 3: expected 12 fields',
      details: { path: 'sdn.csv' },
    });
  });
});
