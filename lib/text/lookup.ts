/**
 * `record[key]` as a Map lookup. Indexing a plain object with a string made from page or corpus text
 * (a fresh, non-internalised string) is one of the slowest steps of tokenising, and tokenising runs on
 * every word of every quotation and passage. The Map answers exactly what the object did for every
 * string key: its own entries, and the members every object inherits ("constructor", "toString", …),
 * which indexing the object also returned.
 */
export type Lookup<T> = ReadonlyMap<string, T>;

export function lookupOf<T>(record: Readonly<Record<string, T>>): Lookup<T> {
  const map = new Map<string, T>();
  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    map.set(name, (record as Record<string, T>)[name] as T);
  }
  for (const [key, value] of Object.entries(record)) map.set(key, value);
  return map;
}
