/** Callbacks told after each append: how live subscriptions learn that there is more to read. */
export interface AppendListeners {
  readonly add: (listener: () => void) => () => void;
  readonly notify: () => void;
}

export const appendListeners = (): AppendListeners => {
  const listeners = new Set<() => void>();
  return {
    add: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify: () => {
      for (const listener of [...listeners]) listener();
    },
  };
};
