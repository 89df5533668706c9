// Runs Mozilla's addons-linter (what `web-ext lint` and addons.mozilla.org run) on the Firefox build or
// zip. Fails on any error, and on any warning that is not one of the known ones inside bundled libraries
// (README, "Store packages"): each is recognised by its code, file and the code around it, so a new
// warning in our own code fails. Run through npx, pinned: the linter is 60 MB we need nowhere else.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LINTER = 'addons-linter@10.14.0';
const target = process.argv[2] ?? '.output/firefox-mv3';

/** Warnings from bundled libraries' code, none reachable with page text (see README). */
const KNOWN = [
  {
    why: 'Preact: dangerouslySetInnerHTML support (Biome forbids the prop in our code)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    context: /__html/,
  },
  {
    why: '@mozilla/readability: innerHTML on its own detached copy of the page (the scan host: Firefox’s background page)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(background|content-scripts\/content)\.js$/,
    context: /_charThreshold|_isSingleImage/,
  },
  {
    why: 'zod: its feature test for eval (CSP refuses it; zod falls back)',
    code: 'DANGEROUS_EVAL',
    context: /jitless/,
  },
  {
    why: 'pdf.js: eval feature test, PostScript compiler (isEvalSupported is false) and dynamic import of its own worker',
    code: /^(DANGEROUS_EVAL|UNSAFE_VAR_ASSIGNMENT)$/,
    file: /^(chunks\/pdf-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/,
  },
];

const run = spawnSync('npx', ['--yes', LINTER, '--output', 'json', target], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`addons-linter gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const isDir = statSync(target).isDirectory();
function context(m) {
  if (!isDir || !m.file || !m.line) return '';
  const line = readFileSync(join(target, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - 200), at + 200);
}
const test = (pattern, value) =>
  !pattern || (typeof pattern === 'string' ? pattern === value : pattern.test(value ?? ''));
const known = (m) =>
  KNOWN.find(
    (k) => test(k.code, m.code) && test(k.file, m.file) && (!k.context || k.context.test(context(m))),
  );

let failed = report.errors.length > 0;
for (const m of report.errors)
  console.error(`error   ${m.code} ${m.file ?? ''}: ${m.message}\n        ${m.description}`);
for (const m of [...report.warnings, ...report.notices]) {
  const k = known(m);
  if (k) console.log(`known   ${m.code} ${m.file}: ${k.why}`);
  else {
    failed = true;
    console.error(`warning ${m.code} ${m.file ?? ''}: ${m.message}\n        ${m.description}`);
  }
}
console.log(
  `${target}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices` +
    (isDir ? '' : ' (a zip: warnings are matched by file only; lint the unpacked build for the full check)'),
);
process.exit(failed ? 1 : 0);
