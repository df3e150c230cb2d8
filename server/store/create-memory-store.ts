import { createSqliteStore } from './create-sqlite-store';
import type { Store } from './store';

/** A store that lives only in memory: the same SQLite engine on ":memory:", so tests exercise the real queries. */
export const createMemoryStore = (): Store => createSqliteStore(':memory:');
