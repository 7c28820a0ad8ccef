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

/** Relative module specifiers a file loads at run time; `import type` and `export type` vanish when compiled. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((specifier) => specifier.startsWith('.'));
}

/** Folder → folder it imports → one file import that proves the edge. */
function coreFolderGraph(): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(CORE)) {
    const from = relative(CORE, file).split('/')[0] ?? '';
    if (from.endsWith('.ts')) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const specifier of runtimeImports(file)) {
      const target = relative(CORE, resolve(dirname(file), specifier));
      const to = target.split('/')[0] ?? '';
      if (target.startsWith('..') || to === from || edges.has(to)) continue;
      edges.set(to, `${relative(CORE, file)} → ${specifier}`);
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
    const described = folderCycles(graph).map((cycle) =>
      cycle
        .slice(1)
        .map((to, index) => graph.get(cycle[index] ?? '')?.get(to))
        .join('; '),
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

  it('sees the folders it checks, api/ on top of the domain', () => {
    expect([...(graph.get('api')?.keys() ?? [])]).toEqual(
      expect.arrayContaining(['assessment', 'signing', 'verify']),
    );
    expect(graph.get('signing')?.has('verify')).toBe(true);
  });
});
