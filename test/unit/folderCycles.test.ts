import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../assessments/', import.meta.url));

type FolderGraph = Map<string, Map<string, string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /(?<!\.test|\.d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface ModuleImport {
  specifier: string;
  typeOnly: boolean;
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node && ts.isLiteralTypeNode(node)) return literalText(node.literal);
  return node && ts.isStringLiteral(node) ? node.text : undefined;
}

/**
 * Relative module specifiers a file names: imports and re-exports, `import type` and `export type`
 * included (erased when compiled, but a type still ties the folders together), `import()` calls and
 * `import('…')` types.
 */
function relativeImports(file: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const imports: ModuleImport[] = [];
  const add = (specifier: string | undefined, typeOnly: boolean): void => {
    if (specifier?.startsWith('.')) imports.push({ specifier, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(literalText(node.moduleSpecifier), node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node)) {
      add(literalText(node.moduleSpecifier), node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      add(literalText(node.argument), true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(literalText(node.arguments[0]), false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return imports;
}

/**
 * The folder a file counts in. A module's `operations.ts` binds it to the contract: it takes the
 * contract's types and `api/handlers.ts` composes it, so it counts in `api/` (the files ESLint's
 * `apiTypesOnly` rule covers). A domain file importing one imports `api/`, which closes a cycle.
 */
function folderOf(pathInCore: string): string {
  const parts = pathInCore.split('/');
  const binding = parts.at(-1) === 'operations.ts' && (parts.length === 2 || parts.length === 3);
  return binding ? 'api' : (parts[0] ?? '');
}

/** Folder → folder it imports → one file import that proves the edge. */
function coreFolderGraph(): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(CORE)) {
    const path = relative(CORE, file);
    if (!path.includes('/')) continue;
    const from = folderOf(path);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const { specifier, typeOnly } of relativeImports(file, readFileSync(file, 'utf8'))) {
      const target = relative(CORE, resolve(dirname(file), specifier));
      if (target.startsWith('..')) continue;
      const to = folderOf(/\.[a-z]+$/.test(target) ? target : `${target}.ts`);
      if (to === from || edges.has(to)) continue;
      edges.set(to, `${path} → ${specifier}${typeOnly ? ' (type)' : ''}`);
    }
  }
  return graph;
}

/** Every cycle through the graph's strongly connected parts, each named by one closing path. */
function folderCycles(graph: FolderGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (folder: string, path: string[]): void => {
    const at = path.indexOf(folder);
    if (at >= 0) {
      cycles.push([...path.slice(at), folder]);
      return;
    }
    if (done.has(folder)) return;
    for (const next of graph.get(folder)?.keys() ?? []) walk(next, [...path, folder]);
    done.add(folder);
  };
  for (const folder of graph.keys()) walk(folder, []);
  return cycles;
}

describe('folders of assessments/', () => {
  const graph = coreFolderGraph();

  it('import one another without a cycle', () => {
    const described = folderCycles(graph).map(
      (cycle) =>
        `${cycle.join(' → ')}: ${cycle
          .slice(1)
          .map((to, index) => graph.get(cycle[index] ?? '')?.get(to))
          .join('; ')}`,
    );
    expect(described).toEqual([]);
  });

  it('would name a cycle if one appeared', () => {
    const cyclic: FolderGraph = new Map([
      ['report', new Map([['signing', 'report/a.ts → ../signing/b']])],
      ['signing', new Map([['verify', 'signing/b.ts → ../verify/c']])],
      ['verify', new Map([['report', 'verify/c.ts → ../report/a']])],
      ['shared', new Map()],
    ]);
    expect(folderCycles(cyclic)).toEqual([['report', 'signing', 'verify', 'report']]);
  });

  it('counts type-only imports, re-exports and import() types', () => {
    const text = [
      "import type { A } from './a';",
      "import { type B, c } from '../b';",
      "export type { D } from './d';",
      "export * from './e';",
      "type F = import('./f').F;",
      "const g = () => import('./g');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(relativeImports('x.ts', text)).toEqual([
      { specifier: './a', typeOnly: true },
      { specifier: '../b', typeOnly: false },
      { specifier: './d', typeOnly: true },
      { specifier: './e', typeOnly: false },
      { specifier: './f', typeOnly: true },
      { specifier: './g', typeOnly: false },
    ]);
  });

  it('sees the folders it checks, api/ on top of the domain', () => {
    expect([...(graph.get('api')?.keys() ?? [])]).toEqual(
      expect.arrayContaining(['assessment', 'signing', 'verify']),
    );
    expect(graph.get('signing')?.has('verify')).toBe(true);
  });
});
