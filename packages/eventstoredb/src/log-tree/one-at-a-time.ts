/**
 * Wraps an async action so that its calls run one after another, each starting once the one
 * before it settled (a failure does not stop the calls after it).
 */
export const oneAtATime = <A extends readonly unknown[], T>(
  action: (...args: A) => Promise<T>,
): ((...args: A) => Promise<T>) => {
  let tail: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const run = tail.then(() => action(...args));
    tail = run.catch(() => undefined);
    return run;
  };
};
