/** One part of `npm run bench`: measures, returns its machine-readable keys, and prints readable lines. */
export interface BenchSection {
  name: string;
  run(): Promise<Record<string, unknown>>;
  /** Human-readable lines for the default (non --json) output. */
  describe(result: Record<string, unknown>): string[];
}
