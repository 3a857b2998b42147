import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** A registry file as it reads once a module is imported and registered in it: one import, one line. */
export interface Registration {
  /** The registry file, from the repository root. */
  readonly registry: string;
  readonly importLine: string;
  readonly registryLine: string;
}

/** The worked example of docs/extending.md: a new event type and a new command type. */
export const exampleRegistrations: readonly Registration[] = [
  {
    registry: 'packages/core/src/events/claim-event.ts',
    importLine:
      "import { parcelHeldAtCustoms } from '../../test/extending/example/parcel-held-at-customs.js';",
    registryLine: '  ParcelHeldAtCustoms: parcelHeldAtCustoms,',
  },
  {
    registry: 'packages/core/src/commands/claim-command.ts',
    importLine: "import { recordCustomsHold } from '../../test/extending/example/record-customs-hold.js';",
    registryLine: '  RecordCustomsHold: recordCustomsHold,',
  },
];

/** The registry's text with the registration: the import first, the line first in `definitions`. */
export const registered = (text: string, registration: Registration): string => {
  const list = 'const definitions = {\n';
  if (text.split(list).length !== 2)
    throw new Error(`${registration.registry} has no single "${list.trim()}"`);
  return `${registration.importLine}\n${text.replace(list, `${list}${registration.registryLine}\n`)}`;
};

const sourcesUnder = (directory: string): string[] =>
  readdirSync(directory).flatMap((name) => {
    const path = `${directory}/${name}`;
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

/** Every production source of every package. */
const productionSources = (): string[] =>
  readdirSync(`${root}packages`)
    .map((name) => `${root}packages/${name}/src`)
    .filter((directory) => {
      try {
        return statSync(directory).isDirectory();
      } catch {
        return false;
      }
    })
    .flatMap(sourcesUnder);

/** One file the compiler names, with the new type names its errors mention. */
export interface NamedFile {
  readonly file: string;
  readonly names: readonly string[];
}

/**
 * Type-checks every package's sources, plus `extra` files, with the registry files as the
 * registrations change them (in memory; nothing is written), and returns the files the compiler
 * reports errors in, each with which of `names` its errors mention.
 */
export const filesTheCompilerNames = (
  registrations: readonly Registration[],
  extra: readonly string[],
  names: readonly string[],
): readonly NamedFile[] => {
  const config = ts.readConfigFile(`${root}tsconfig.base.json`, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    composite: false,
    declaration: false,
    declarationMap: false,
    incremental: false,
  };
  const overlays = new Map(
    registrations.map((r) => [
      `${root}${r.registry}`,
      registered(readFileSync(`${root}${r.registry}`, 'utf8'), r),
    ]),
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => overlays.get(path) ?? readFile(path);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language, onError, shouldCreate) => {
    const overlay = overlays.get(path);
    return overlay === undefined
      ? getSourceFile(path, language, onError, shouldCreate)
      : ts.createSourceFile(path, overlay, language);
  };
  const program = ts.createProgram({
    rootNames: [...productionSources(), ...extra.map((path) => `${root}${path}`)],
    options,
    host,
  });
  const byFile = new Map<string, Set<string>>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file === undefined ? '(no file)' : diagnostic.file.fileName.slice(root.length);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const found = byFile.get(file) ?? new Set<string>();
    for (const name of names) if (text.includes(name)) found.add(name);
    if (found.size === 0) found.add(`(other: ${text.split('\n')[0]})`);
    byFile.set(file, found);
  }
  return [...byFile]
    .map(([file, found]) => ({ file, names: [...found].sort() }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
};
