/**
 * `promise`, or a rejection naming `what` if it has not settled after `ms`. A liveness bound,
 * not a speed check: it turns a store that never answers into a failing test instead of a hung
 * run, and the store sets the bound (see `ContractOptions.subscriptionLatencyMs`).
 */
export const within = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, expiry]);
  } finally {
    clearTimeout(timer);
  }
};
