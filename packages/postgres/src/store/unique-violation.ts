/** Whether a driver error is PostgreSQL's unique_violation (SQLSTATE 23505); both drivers set `code`. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
