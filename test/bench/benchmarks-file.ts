import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(import.meta.dirname, '../../BENCHMARKS.md');
const HEADER = '# 挂职通 性能测试\n\n由 `npm run bench` 生成；每次运行改写对应的小节。测试从不断言耗时，速度目标只在这里报告。\n';

/**
 * Rewrites the section `key` of BENCHMARKS.md (between `<!-- bench:key:start -->` and
 * `<!-- bench:key:end -->`) with `lines`, or appends it; the other sections stay as they are.
 */
export function writeBenchSection(key: string, lines: readonly string[]): void {
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  const section = [start, ...lines, end].join('\n');
  const old = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const at = old.indexOf(start);
  const until = old.indexOf(end);
  const next = at >= 0 && until > at ? old.slice(0, at) + section + old.slice(until + end.length) : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}

/**
 * Writes a bench's figures as section `key` of BENCHMARKS.md: a heading, how it was measured, a
 * table of the figures and the verdict (also printed).
 */
export function writeFigures(key: string, section: { heading: string; method: string; figures: readonly (readonly [string, string])[]; verdict: string }): void {
  writeBenchSection(key, [section.heading, '', section.method, '', '| 项目 | 结果 |', '| --- | --- |', ...section.figures.map(([k, v]) => `| ${k} | ${v} |`), '', section.verdict]);
  console.log(`\n${section.verdict}\n已写入 BENCHMARKS.md（${key} 小节）`);
}
