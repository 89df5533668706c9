/** `npm run check -- [--json] [--full-text FILE] <article.html|article.txt|->`: see scripts/cli/args.ts. */
import { runCli } from './cli/run';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
