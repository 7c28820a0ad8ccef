import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceArgumentError, workspaceArgument } from './commandLine';

const cwd = resolve('/home/assessor');

describe('workspaceArgument', () => {
  it('is null when the switch is absent', () => {
    expect(workspaceArgument(['/opt/Assay/assay'], cwd)).toBeNull();
    expect(workspaceArgument(['electron', '.', '--user-data-dir=/tmp/u'], cwd)).toBeNull();
  });

  it('reads --workspace DIR and --workspace=DIR', () => {
    expect(workspaceArgument(['electron', '.', '--workspace', '/tmp/ws'], cwd)).toBe(resolve('/tmp/ws'));
    expect(workspaceArgument(['/opt/Assay/assay', '--workspace=/tmp/ws'], cwd)).toBe(resolve('/tmp/ws'));
  });

  it('resolves a relative folder against the working directory', () => {
    expect(workspaceArgument(['assay', '--workspace', 'cases/2025'], cwd)).toBe(resolve(cwd, 'cases/2025'));
  });

  it('refuses a switch without a folder rather than falling back to the real workspace', () => {
    expect(() => workspaceArgument(['assay', '--workspace'], cwd)).toThrow(WorkspaceArgumentError);
    expect(() => workspaceArgument(['assay', '--workspace='], cwd)).toThrow(WorkspaceArgumentError);
    expect(() => workspaceArgument(['assay', '--workspace', '--no-sandbox'], cwd)).toThrow(
      WorkspaceArgumentError,
    );
  });

  it('does not mistake a longer switch for --workspace', () => {
    expect(workspaceArgument(['assay', '--workspaces=/tmp/x'], cwd)).toBeNull();
  });
});
