import * as t from 'io-ts';
import { claimCommandRegistry } from '../commands/claim-command.js';
import { claimEventRegistry } from '../events/claim-event.js';
import { isClosedShape } from './closed.js';

/**
 * Writes `claim-checks.ts`: for every event and command type, the check its codec's `is` makes,
 * as plain straight-line TypeScript. Used at build time only (`pnpm generate` builds the core and
 * runs `packages/core/scripts/generate-checks.mjs`, which writes the file; a test fails when it
 * differs from what this writes); nothing at run time builds code. Pure: it reads the codecs and
 * returns the text.
 */

/** A module of the core, by its path under `src` (`ids.js`), with what it exports. */
export interface SourceModule {
  readonly path: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

/** One tagged union to check: its members become one exported record of checks, by `type`. */
export interface CheckedUnion {
  /** The name of the exported record (`claimEventChecks`). */
  readonly record: string;
  /** The module exporting the union's types, and the names of the union type, its tag type and its member type. */
  readonly module: string;
  readonly unionType: string;
  readonly tagType: string;
  readonly memberType: string;
  readonly members: readonly t.Mixed[];
}

/** The modules whose exported codecs the checks name, in the order they are searched. */
export const checkedModules: readonly string[] = [
  'ids.js',
  'time/instant.js',
  'time/command-time.js',
  'time/local-date.js',
  'money/currency.js',
  'money/money.js',
  'money/decimal-text.js',
  'money/exchange.js',
  'calendar/positive-integer.js',
  'calendar/day-count.js',
  'calendar/business-calendar.js',
  'calendar/deadline.js',
  'policy/policy.js',
  'policy/deductible.js',
  'vocabulary/actor.js',
  'vocabulary/claim-type.js',
  'vocabulary/content-hash.js',
  'vocabulary/country-code.js',
  'vocabulary/document-type.js',
  'vocabulary/reasons.js',
  'vocabulary/information.js',
  'vocabulary/payee.js',
  'events/parts.js',
  'events/claim-reopened.js',
];

/** The unions `claim-checks.ts` checks: every event and every command. */
export const claimUnions: readonly CheckedUnion[] = [
  {
    record: 'claimEventChecks',
    module: 'events/claim-event.js',
    unionType: 'ClaimEvent',
    tagType: 'ClaimEventType',
    memberType: 'EventOf',
    members: Object.values(claimEventRegistry).map((definition) => definition.codec),
  },
  {
    record: 'claimCommandChecks',
    module: 'commands/claim-command.js',
    unionType: 'ClaimCommand',
    tagType: 'ClaimCommandType',
    memberType: 'CommandOf',
    members: Object.values(claimCommandRegistry).map((definition) => definition.codec),
  },
];

// The generated file sits in `src/codec`.
const importPath = (path: string): string =>
  path.startsWith('codec/') ? `./${path.slice(6)}` : `../${path}`;

const LINE_WIDTH = 110;

const quote = (s: string): string => {
  if (!/^[\x20-\x7e]*$/.test(s) || /['\\]/.test(s)) throw new Error(`cannot quote ${JSON.stringify(s)}`);
  return `'${s}'`;
};

const isIdentifier = (s: string): boolean => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s);

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const literalText = (value: unknown): string => {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`cannot write the literal ${String(value)}`);
};

/** The text of the checks for `unions`, naming codecs as `modules` export them. */
export const checksSource = (modules: readonly SourceModule[], unions: readonly CheckedUnion[]): string => {
  const exported = new Map<unknown, { readonly path: string; readonly name: string }>();
  for (const { path, exports } of modules) {
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof t.Type && !exported.has(value)) exported.set(value, { path, name });
    }
  }
  const imports = new Map<string, Set<string>>();
  const typeImports = new Map<string, Set<string>>();
  const addTo = (into: Map<string, Set<string>>, path: string, name: string): void => {
    const names = into.get(path) ?? new Set<string>();
    names.add(name);
    into.set(path, names);
  };
  const codecName = (codec: t.Mixed): string => {
    const found = exported.get(codec);
    if (found === undefined) throw new Error(`${codec.name} is not exported by any checked module`);
    addTo(imports, found.path, found.name);
    return found.name;
  };

  const functions: string[] = [];
  const functionOf = new Map<t.Mixed, string>();
  const taken = new Set<string>();
  const freshName = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; taken.has(name); n += 1) name = `${wanted}${n}`;
    taken.add(name);
    return name;
  };

  /** An expression over the identifier `v`, true when `codec` refuses the value. */
  const refuses = (codec: t.Mixed, v: string, hint: string): string => {
    if (codec.is(undefined)) throw new Error(`${codec.name} accepts undefined`);
    if (codec instanceof t.StringType) return `typeof ${v} !== 'string'`;
    if (codec instanceof t.NumberType) return `typeof ${v} !== 'number'`;
    if (codec instanceof t.BooleanType) return `typeof ${v} !== 'boolean'`;
    if (codec instanceof t.NullType) return `${v} !== null`;
    if (codec instanceof t.LiteralType) return `${v} !== ${literalText(codec.value)}`;
    if (codec instanceof t.KeyofType) {
      const keys: object = codec.keys;
      const inline = Object.getOwnPropertyNames(keys)
        .map((key) => `${v} !== ${quote(key)}`)
        .join(' && ');
      if (inline.length <= 72) return inline;
    }
    if (codec instanceof t.KeyofType || codec instanceof t.RefinementType || codec instanceof t.UnionType)
      return `!${checkFunction(codec, hint)}(${v})`;
    if (codec instanceof t.InterfaceType) return `!${shapeFunction(codec, hint)}(${v})`;
    if (codec instanceof t.ArrayType) {
      const item: t.Mixed = codec.type;
      return `!Array.isArray(${v}) || !${v}.every(${checkFunction(item, `${hint}Item`)})`;
    }
    throw new Error(`no check written for ${codec.name}`);
  };

  /** An expression over `u`, true when `codec` (a large `keyof`, a brand or a union) accepts it. */
  const accepts = (codec: t.Mixed, base: string): string => {
    if (codec instanceof t.KeyofType) {
      const keys: object = codec.keys;
      const inline = Object.getOwnPropertyNames(keys)
        .map((key) => `u === ${quote(key)}`)
        .join(' || ');
      if (inline.length <= 90 && !exported.has(codec)) return inline;
      return `typeof u === 'string' && Object.hasOwn(${codecName(codec)}.keys, u)`;
    }
    if (codec instanceof t.RefinementType) {
      const inner: t.Mixed = codec.type;
      const kind = inner instanceof t.StringType ? 'string' : inner instanceof t.NumberType ? 'number' : null;
      const shape = inner instanceof t.InterfaceType;
      if (kind === null && !shape)
        throw new Error(`${codec.name} refines neither a string, a number nor an object shape`);
      const brand = codecName(codec);
      const predicate = freshName(`${brand.charAt(0).toLowerCase()}${brand.slice(1)}Predicate`);
      addTo(imports, 'codec/predicate-of.js', 'predicateOf');
      functions.push(`const ${predicate} = predicateOf(${brand});\n`);
      // A refined shape (fields that must agree with each other) is checked as a shape first, so the
      // predicate only ever sees a value of the shape.
      if (kind === null) return `${shapeFunction(inner, `${base}Shape`)}(u) && ${predicate}(u)`;
      return `typeof u === '${kind}' && ${predicate}(u)`;
    }
    if (codec instanceof t.UnionType) {
      const members: readonly t.Mixed[] = codec.types;
      return members
        .map((member, index) => `${checkFunction(member, `${base}${index + 1}`)}(u)`)
        .join(' || ');
    }
    return `!(${refuses(codec, 'u', base)})`;
  };

  /** The name of a function checking `codec`: a shape's own, or one written around `accepts`. */
  const checkFunction = (codec: t.Mixed, hint: string): string => {
    if (codec instanceof t.InterfaceType) return shapeFunction(codec, hint);
    const known = functionOf.get(codec);
    if (known !== undefined) return known;
    const name = freshName(`is${capitalised(exported.get(codec)?.name ?? hint)}`);
    functionOf.set(codec, name);
    const expression = accepts(codec, name.slice(2));
    const oneLine = `const ${name} = (u: unknown): boolean => ${expression};`;
    const text =
      oneLine.length <= LINE_WIDTH ? oneLine : `const ${name} = (u: unknown): boolean =>\n  ${expression};`;
    if (text.split('\n').some((line) => line.length > LINE_WIDTH)) throw new Error(`line too long: ${text}`);
    functions.push(`${text}\n`);
    return name;
  };

  const shapeBody = (codec: t.Mixed, hint: string): string => {
    if (!(codec instanceof t.InterfaceType) || !isClosedShape(codec))
      throw new Error(`${codec.name} is not a closed shape`);
    const props: t.Props = codec.props;
    const fields = Object.entries(props);
    const locals = new Set(['u', 'key']);
    const lines = ['  if (!isRecord(u)) return false;'];
    fields.forEach(([key, field], index) => {
      const local = isIdentifier(key) && !locals.has(key) ? key : `field${index}`;
      locals.add(local);
      const read = isIdentifier(key) ? `u.${key}` : `u[${quote(key)}]`;
      lines.push(`  const ${local} = ${read};`);
      const condition = refuses(field, local, `${hint}${capitalised(key)}`);
      const line = `  if (${condition}) return false;`;
      if (line.length > LINE_WIDTH) throw new Error(`line too long for ${hint}.${key}: ${line}`);
      lines.push(line);
    });
    lines.push('  for (const key in u) {');
    if (fields.length === 0) lines.push('    if (Object.hasOwn(u, key)) return false;');
    else {
      lines.push('    switch (key) {');
      for (const [key] of fields) lines.push(`      case ${quote(key)}:`);
      lines.push(
        '        break;',
        '      default:',
        '        if (Object.hasOwn(u, key)) return false;',
        '    }',
      );
    }
    lines.push('  }', '  return true;');
    return lines.join('\n');
  };

  const shapeFunction = (codec: t.Mixed, hint: string): string => {
    const known = functionOf.get(codec);
    if (known !== undefined) return known;
    const name = freshName(`is${capitalised(exported.get(codec)?.name ?? hint)}`);
    functionOf.set(codec, name);
    const body = shapeBody(codec, name.slice(2));
    functions.push(`const ${name} = (u: unknown): boolean => {\n${body}\n};\n`);
    return name;
  };

  const records: string[] = [];
  for (const union of unions) {
    addTo(typeImports, union.module, union.unionType);
    addTo(typeImports, union.module, union.tagType);
    addTo(typeImports, union.module, union.memberType);
    const entries: string[] = [];
    for (const member of union.members) {
      if (!(member instanceof t.InterfaceType)) throw new Error(`${member.name} is not an object shape`);
      const tag: unknown = member.props.type instanceof t.LiteralType ? member.props.type.value : undefined;
      if (typeof tag !== 'string' || !isIdentifier(tag))
        throw new Error(`${member.name} has no type literal`);
      const name = freshName(`is${tag}`);
      functionOf.set(member, name);
      const body = shapeBody(member, tag);
      functions.push(`const ${name} = (u: unknown): u is ${union.memberType}<'${tag}'> => {\n${body}\n};\n`);
      entries.push(`  ${tag}: ${name},`);
    }
    records.push(
      `/** The check of each ${union.unionType}'s codec, by its \`type\`: what \`is\` answers, written out. */\n` +
        `export const ${union.record}: Readonly<Record<${union.tagType}, (u: unknown) => u is ${union.unionType}>> = {\n` +
        `${entries.join('\n')}\n};\n`,
    );
  }

  const importLines = [...new Set([...imports.keys(), ...typeImports.keys()])]
    .sort((a, b) => (importPath(a) < importPath(b) ? -1 : 1))
    .map((path) => {
      const names = [
        ...[...(imports.get(path) ?? [])].map((name) => ({ name, text: name })),
        ...[...(typeImports.get(path) ?? [])].map((name) => ({ name, text: `type ${name}` })),
      ]
        .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
        .map((n) => n.text);
      const allTypes = !imports.has(path);
      const list = allTypes ? names.map((n) => n.slice(5)) : names;
      const keyword = allTypes ? 'import type' : 'import';
      const oneLine = `${keyword} { ${list.join(', ')} } from '${importPath(path)}';`;
      if (oneLine.length <= LINE_WIDTH) return oneLine;
      return `${keyword} {\n${list.map((n) => `  ${n},`).join('\n')}\n} from '${importPath(path)}';`;
    });

  return [
    '// Written by packages/core/scripts/generate-checks.mjs from the event and command codecs; do not edit.',
    '// After changing a codec, run `pnpm generate`; a test fails while this file differs from what they write.',
    ...importLines,
    '',
    '/** An object that is not an array: what io-ts `UnknownRecord` accepts. */',
    'const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>',
    "  u !== null && typeof u === 'object' && !Array.isArray(u);",
    '',
    [...functions, ...records].join('\n'),
  ].join('\n');
};
