import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, fileError } from './errors';

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function realError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the file system to refuse');
}

describe('fileError', () => {
  it.each([
    ['ENOENT', 'not_found', /^Cannot read \/data\/list\.xml: the file does not exist\.$/],
    ['EACCES', 'permission_denied', /^Cannot read \/data\/list\.xml: permission denied/],
    ['EPERM', 'permission_denied', /^Cannot read \/data\/list\.xml: permission denied/],
    ['ENOSPC', 'disk_full', /^Cannot read \/data\/list\.xml: the disk is full/],
    ['EISDIR', 'invalid_input', /it is a folder, not a file/],
    ['ENOTDIR', 'invalid_input', /a part of its path is a file, not a folder/],
    ['EIO', 'internal', /^Cannot read \/data\/list\.xml: Error: EIO: simulated$/],
  ])('turns %s into %s, naming the file and keeping the cause', (errno, code, message) => {
    const cause = errnoError(errno);
    const error = fileError(cause, '/data/list.xml', 'read');
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.details).toEqual({ file: '/data/list.xml', errno });
    expect(error.cause).toBe(cause);
    expect(error.toPayload()).not.toHaveProperty('cause');
  });

  it('names the action and merges extra details', () => {
    const error = fileError(errnoError('EACCES'), '/out/report.pdf', 'write', { field: 'outPath' });
    expect(error.message).toMatch(/may write this file/);
    expect(error.details).toEqual({ file: '/out/report.pdf', errno: 'EACCES', field: 'outPath' });
  });

  it('leaves an AppError as it is', () => {
    const original = new AppError('invalid_input', 'too large');
    expect(fileError(original, '/x', 'read')).toBe(original);
  });

  it('maps what the file system really throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-errors-'));
    try {
      expect(
        fileError(
          realError(() => readFileSync(join(dir, 'absent'))),
          dir,
          'read',
        ).code,
      ).toBe('not_found');
      expect(
        fileError(
          realError(() => readFileSync(dir)),
          dir,
          'read',
        ).code,
      ).toBe('invalid_input');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
