/**
 * `record[key]` as a Map lookup, own entries only. Indexing a plain object with a string made from page or
 * corpus text (a fresh, non-internalised string) is one of the slowest steps of tokenising, and it also
 * answered for the members every object inherits: "constructor", "toString" or "valueOf" in a quotation
 * were taken for table entries (a function, not a word form). A Map holds exactly the table's own keys.
 */
export type Lookup<T> = ReadonlyMap<string, T>;

export function lookupOf<T>(record: Readonly<Record<string, T>>): Lookup<T> {
  return new Map(Object.entries(record));
}
