export type { SqlExecutor, SqlRow } from './sql-executor.js';
