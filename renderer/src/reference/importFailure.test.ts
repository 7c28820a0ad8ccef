import { describe, expect, it } from 'vitest';
import { AssayClientError } from '../client/AssayClientError';
import { importFailure } from './importFailure';

describe('importFailure', () => {
  it('reads the file, line, field and problem the importer reported', () => {
    const error = new AssayClientError(
      'invalid_input',
      'sdn.csv, line 3, field "SDN_Name": the name is empty',
      { file: 'sdn.csv', line: 3, field: 'SDN_Name', problem: 'the name is empty' },
    );
    expect(importFailure(error)).toEqual({
      kind: 'format',
      file: 'sdn.csv',
      line: 3,
      field: 'SDN_Name',
      problem: 'the name is empty',
    });
  });

  it('takes the problem from the message when the details do not carry it', () => {
    const error = new AssayClientError('not_found', 'Cannot read /x/sdn.csv: ENOENT', { file: '/x/sdn.csv' });
    expect(importFailure(error)).toMatchObject({ kind: 'unreadable', file: '/x/sdn.csv', problem: 'ENOENT' });
  });

  it('is null for failures that are not about the file', () => {
    expect(importFailure(new AssayClientError('workspace_locked', 'locked'))).toBeNull();
    // A contract rejection lists zod issues, not a file location.
    expect(importFailure(new AssayClientError('invalid_input', 'bad', { issues: [] }))).toBeNull();
    expect(importFailure(new Error('boom'))).toBeNull();
  });
});
