/**
 * `npm run bench [-- --json] [-- --only <section>]`: runs every section of scripts/bench/sections.ts in
 * one process and prints readable lines, or (--json) one JSON object merging every section's keys.
 * A section that fails is reported (stderr, and `benchErrors` in the JSON) and the exit code is 1; the
 * other sections still run.
 */
import { sections } from './bench/sections';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const selected = only ? sections.filter((s) => s.name === only) : sections;
if (only && selected.length === 0) {
  console.error(`bench: no section named "${only}" (sections: ${sections.map((s) => s.name).join(', ')})`);
  process.exit(2);
}

const merged: Record<string, unknown> = {};
const errors: Record<string, string> = {};
for (const section of selected) {
  const started = performance.now();
  try {
    const result = await section.run();
    Object.assign(merged, result);
    if (!json) {
      console.log(`\n${section.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      for (const line of section.describe(result)) console.log(`  ${line}`);
    }
  } catch (error) {
    errors[section.name] = error instanceof Error ? error.message : String(error);
    console.error(`bench: section "${section.name}" failed: ${errors[section.name]}`);
  }
}
if (Object.keys(errors).length > 0) merged.benchErrors = errors;
if (json) console.log(JSON.stringify(merged));
process.exitCode = Object.keys(errors).length > 0 ? 1 : 0;
