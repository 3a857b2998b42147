// `node tools/api-index.mjs`: writes docs/api.md, the public API of every published package: each
// entry point (from the package's `exports`) with every name it exports, what kind of thing it is
// and the first sentence of its doc comment, read from the sources by the TypeScript compiler. The
// page is the home page of the TypeDoc reference (`pnpm run docs`); `--check` fails when the page
// differs from what the sources give (tools/api-index.spec.mjs runs the same check).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The published packages' entry points: package name, import path and source file. */
export const entryPoints = () =>
  readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true)
    .sort((a, b) => (a.manifest.name < b.manifest.name ? -1 : 1))
    .flatMap(({ dir, manifest }) =>
      Object.entries(manifest.exports).map(([subpath, conditions]) => ({
        packageName: manifest.name,
        importPath: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        file: join(dir, conditions['@parcel-claims/source']),
      })),
    );

/** @param {ts.Symbol} symbol @param {ts.TypeChecker} checker */
const kindOf = (symbol, checker) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const f = target.flags;
  const kinds = [];
  if (f & ts.SymbolFlags.Function) kinds.push('function');
  else if (f & ts.SymbolFlags.Class) kinds.push('class');
  else if (f & ts.SymbolFlags.Enum) kinds.push('enum');
  else if (f & ts.SymbolFlags.Variable) kinds.push('constant');
  if (f & ts.SymbolFlags.Interface) kinds.push('interface');
  else if (f & ts.SymbolFlags.TypeAlias) kinds.push('type');
  return { target, kind: kinds.join(' and ') || 'namespace' };
};

const firstSentence = (text) => {
  const line = text
    .replace(
      /\{@link(?:code|plain)?\s+([^}|\s]+)\s*(?:\|\s*([^}]*?)\s*)?\}/g,
      (_, target, label) => `\`${label ?? target}\``,
    )
    .replace(/\s+/g, ' ')
    .trim();
  const end = line.search(/\.(\s|$)/);
  return (end < 0 ? line : line.slice(0, end + 1)).replace(/\|/g, '\\|');
};

/** The text of docs/api.md, from the sources as they are. */
export const apiIndex = () => {
  const entries = entryPoints();
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(
    entries.map((entry) => entry.file),
    { ...options, composite: false, incremental: false, noEmit: true },
  );
  const checker = program.getTypeChecker();
  /** @type {string[]} */
  const undocumented = [];
  const sections = entries.map(({ importPath, file }) => {
    const source = program.getSourceFile(file);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${importPath}: ${file} is not a module`);
    const rows = checker
      .getExportsOfModule(module)
      .map((symbol) => {
        const { target, kind } = kindOf(symbol, checker);
        const summary = firstSentence(ts.displayPartsToString(target.getDocumentationComment(checker)));
        if (summary === '') {
          const declaration = target.declarations?.[0];
          const where = declaration === undefined ? file : declaration.getSourceFile().fileName;
          const line =
            declaration === undefined
              ? 0
              : declaration.getSourceFile().getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
          undocumented.push(`${where.slice(root.length)}:${line} ${symbol.getName()} (${importPath})`);
        }
        return { name: symbol.getName(), kind, summary };
      })
      .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
      .map(({ name, kind, summary }) => `| \`${name}\` | ${kind} | ${summary} |`);
    return [`## \`${importPath}\``, '', '| export | kind | what it is |', '|---|---|---|', ...rows, ''].join(
      '\n',
    );
  });
  if (undocumented.length > 0)
    throw new Error(`exports without a doc comment:\n${[...new Set(undocumented)].join('\n')}`);
  return [
    '# The public API, by package',
    '',
    "<!-- Written by `node tools/api-index.mjs` from the packages' exports and doc comments; do not edit. -->",
    '',
    'Every entry point of every published package, with what it exports. `pnpm run docs` builds the full',
    'reference (signatures, comments, examples) with TypeDoc into `build/api/`, this page being its home',
    'page. The payloads of commands and events are documented in docs/commands.md and docs/events.md,',
    'their JSON Schemas in docs/schemas/.',
    '',
    ...sections,
  ].join('\n');
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = join(root, 'docs', 'api.md');
  const text = apiIndex();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error("docs/api.md differs from the packages' exports: run `node tools/api-index.mjs`");
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
