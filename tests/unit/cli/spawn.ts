import { spawn } from 'node:child_process';

/** The `--json` quote object's keys, in their documented order (a public contract). */
export const QUOTE_KEYS = [
  'quote',
  'start',
  'end',
  'status',
  'fragment',
  'passageIds',
  'source',
  'page',
  'speaker',
  'evidence',
  'attributedTo',
  'attribution',
  'edits',
  'diff',
  'unsupported',
  'block',
  'sourceTitle',
  'notInTitle',
];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would (`npx tsx scripts/check.ts …`), optionally feeding stdin. */
export function runCheck(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/check.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
