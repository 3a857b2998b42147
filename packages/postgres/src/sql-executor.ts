/** A row as a driver returns it; callers check the fields they read. */
export type SqlRow = Readonly<Record<string, unknown>>;

/**
 * The small interface both drivers sit behind (`pg` for a PostgreSQL server, PGlite for the
 * embedded WASM build), so that the same SQL and the same tests run on both.
 */
export interface SqlExecutor {
  /** Runs one parameterised statement ($1, $2, …). Never interpolate values into `sql`. */
  readonly query: (sql: string, params?: readonly unknown[]) => Promise<{ readonly rows: readonly SqlRow[] }>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it rejects. */
  readonly transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>;
  /**
   * True when each `query` commits on its own (a pool, or PGlite outside a transaction), so
   * statements of different callers are independent and the store may send the appends of
   * several callers in one statement (group commit). Absent or false, as inside a transaction,
   * every append is sent alone.
   */
  readonly autocommit?: boolean;
}
