// Dexie under Node: an in-memory IndexedDB. Component tests opt into jsdom per file.
import 'fake-indexeddb/auto';
