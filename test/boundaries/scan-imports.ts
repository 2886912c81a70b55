import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

/** Every module specifier a source file imports, re-exports, dynamically imports or requires. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*${}\s,]+?\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** True for `fs`, `node:fs`, `fs/promises` … */
export function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!);
}

function packageOf(spec: string): string {
  if (spec.startsWith('.')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export interface Violation {
  file: string;
  spec: string;
  rule: string;
}

/** The rules of ARCHITECTURE §1 for one file, given its repository-relative path and source. */
export function checkFile(file: string, source: string): Violation[] {
  const v: Violation[] = [];
  for (const spec of importsOf(source)) {
    const pkg = packageOf(spec);
    const bad = (rule: string) => v.push({ file, spec, rule });
    if (file.startsWith('shared/')) {
      if (['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'exceljs', 'zustand', 'antd'].includes(pkg)) bad('shared/ imports an app-layer library');
      if (isNodeBuiltin(spec)) bad('shared/ imports a Node built-in');
      if (/(^|\/)(renderer|electron)\//.test(spec)) bad('shared/ reaches into renderer/ or electron/');
    }
    if (file.startsWith('renderer/')) {
      if (pkg === 'electron') bad('renderer/ imports electron');
      if (pkg === 'exceljs') bad('renderer/ imports exceljs (Excel belongs to main)');
      if (isNodeBuiltin(spec)) bad('renderer/ imports a Node built-in');
      if (/(^|\/)electron\//.test(spec)) bad('renderer/ imports main-process code');
    }
    if (file.startsWith('electron/')) {
      if (['dexie', 'dexie-react-hooks', 'react', 'react-dom', 'antd'].includes(pkg)) bad('electron/ imports Dexie or React');
      if (/(^|\/)renderer\//.test(spec)) bad('electron/ imports renderer code');
      if ((file.startsWith('electron/main/services/') || file.startsWith('electron/web/')) && pkg === 'electron') bad('services and the web host must not import electron');
    }
  }
  return v;
}

/** Source files under a folder (ts, tsx, mjs, cjs), repository-relative. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(join(root, dir));
  return out;
}

/** Scans the whole tree. */
export function scanRepository(root: string): Violation[] {
  return ['shared', 'renderer', 'electron'].flatMap((dir) =>
    sourceFiles(root, dir).flatMap((f) => checkFile(f, readFileSync(join(root, f), 'utf8'))),
  );
}
