import type { StandInLog } from '../engine/stand-in-log.js';
import { type GroupSettings, type PersistentGroup, persistentGroup } from './persistent-group.js';

/** The source a group reads, as the server names it in errors: `$all` or the stream's name. */
export const sourceName = (source: GroupSettings['source']): string =>
  source.kind === 'all' ? '$all' : source.streamName;

/** The stand-in's persistent subscription groups, by source and name; kept across restarts. */
export interface PersistentGroups {
  /** Creates a group; false if the source already has one of that name. */
  readonly create: (name: string, settings: GroupSettings) => boolean;
  readonly find: (source: string, name: string) => PersistentGroup | undefined;
  /** Ends every consumer's call (the server stopped); the groups and what they delivered stay. */
  readonly dropConsumers: () => void;
}

export const persistentGroups = (log: StandInLog): PersistentGroups => {
  const groups = new Map<string, PersistentGroup>();
  const key = (source: string, name: string) => JSON.stringify([source, name]);
  return {
    create: (name, settings) => {
      const at = key(sourceName(settings.source), name);
      if (groups.has(at)) return false;
      groups.set(at, persistentGroup(log, settings));
      return true;
    },
    find: (source, name) => groups.get(key(source, name)),
    dropConsumers: () => {
      for (const group of groups.values()) group.dropConsumers();
    },
  };
};
