/** Size limits of imported records (and of what the library lets a user type). */
// Sizes match the message schemas the background accepts (utils/messaging/protocol.ts).
export const LIMITS = {
  quote: 20_000,
  url: 8192,
  title: 2000,
  context: 4000,
  note: 10_000,
  name: 500,
  id: 200,
  listItems: 2000,
  records: 100_000,
  /** Bytes of an import file; a full export of 100,000 records stays well under it. */
  fileBytes: 200 * 1024 * 1024,
} as const;
