import { openDatabase, type VerbatimDB } from '@/utils/db';

let instance: VerbatimDB | undefined;

/** The background's one connection to the `verbatim` database (opened on first use). */
export function database(): VerbatimDB {
  instance ??= openDatabase();
  return instance;
}
