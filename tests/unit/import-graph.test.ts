/**
 * The seams between layers, read from the source's import statements: the engine (`lib/`) imports only
 * itself; the content script and the background never import each other (each bundle carries only its
 * own side); and no module imports itself through others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const LAYERS = ['lib', 'entrypoints', 'utils', 'components', 'scripts', 'data'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''];
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The repository file an import names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
}

const graph = new Map<string, string[]>();
for (const file of LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer)))) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)]
    .map((m) => resolveImport(file, (m[1] ?? m[2]) as string))
    .filter((t): t is string => t !== null);
  graph.set(relative(ROOT, file), [...new Set(targets.map((t) => relative(ROOT, t)))]);
}

const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => [from, to] as const));

describe('import graph', () => {
  it('reads the source tree', () => {
    expect(graph.get('lib/scan.ts')).toContain('lib/match/index.ts');
  });

  it('keeps the engine free of the extension: lib/ imports only lib/', () => {
    expect(edges.filter(([from, to]) => from.startsWith('lib/') && !to.startsWith('lib/'))).toEqual([]);
  });

  it('has no edge between the content script and the background', () => {
    const side = (f: string) =>
      f.startsWith('entrypoints/content/')
        ? 'content'
        : f.startsWith('entrypoints/background/')
          ? 'bg'
          : null;
    expect(edges.filter(([from, to]) => side(from) && side(to) && side(from) !== side(to))).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles: string[][] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
