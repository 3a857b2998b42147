import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { builtInCalendars } from '../calendar/index.js';
import { ClaimCommand, claimCommandRegistry } from '../commands/claim-command.js';
import { claimsDecider } from '../decider/decider.js';
import { initialState } from '../decider/state.js';
import { ClaimEvent, claimEventRegistry } from '../events/claim-event.js';
import {
  foundingStory,
  foundingStoryAfterPayment,
  foundingStoryPaidLate,
} from '../examples/founding-story.js';
import { threePieceStory } from '../examples/three-piece-story.js';
import { defaultPolicy } from '../policy/default-policy.js';
import { policyBook } from '../policy/policy-book.js';
import type { RuleStep } from '../rules/rule.js';
import { brandSchemas, claimSchemas, type JsonSchema, type SchemaFile } from './json-schema.js';

/**
 * Writes what documents the payloads of commands and events: the JSON Schemas under `docs/schemas/`
 * and the pages `docs/commands.md` and `docs/events.md`, every type of the registries with its
 * fields and an example. Used at build time only (`pnpm generate`); a test fails while the files
 * differ from what this returns, and another decodes every example with the real codec. Pure: the
 * caller hands it the text of the core's sources, where the definitions' doc comments are.
 */

/** A file to write: its path from the repository's root and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** An example payload: the value, and where it comes from (a story, or the codecs alone). */
export interface PayloadExample {
  readonly type: string;
  readonly value: unknown;
  readonly source: string;
}

/** `AttachDocument` → `attach-document`: the module that defines a type, by the project's naming. */
const moduleName = (type: string): string =>
  type.replace(/[A-Z]/g, (letter, index: number) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`);

/** Where the definition of a type is, under the core's `src`. */
export const definitionPath = (kind: 'command' | 'event', type: string): string =>
  `${kind === 'command' ? 'commands' : 'events'}/${moduleName(type)}.ts`;

/** The doc comment on `define…('<type>', …)` in the module's text, as one line. */
export const definitionSummary = (source: string, type: string): string => {
  const found = new RegExp(
    `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export const \\w+ = define(?:Command|Event)\\(\\s*'${type}'`,
  ).exec(source);
  if (found?.[1] === undefined) throw new Error(`no doc comment on the definition of ${type}`);
  return found[1]
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line !== '')
    .join(' ');
};

const stories = [
  { name: 'the founding story', commands: foundingStory },
  { name: 'the founding story, paid late', commands: foundingStoryPaidLate },
  { name: 'the three-piece story', commands: threePieceStory },
  { name: 'the founding story after payment', commands: foundingStoryAfterPayment },
];

/** A value of the codec built from its structure and the brands' examples. */
const sampleOf = (codec: t.Mixed): unknown => {
  const brand = brandSchemas.get(codec);
  if (brand !== undefined) return brand.example;
  if (codec instanceof t.LiteralType) return codec.value;
  if (codec instanceof t.KeyofType) return Object.keys(codec.keys)[0];
  if (codec instanceof t.StringType) return 'text';
  if (codec instanceof t.NumberType) return 1;
  if (codec instanceof t.BooleanType) return false;
  if (codec instanceof t.NullType) return null;
  if (codec instanceof t.ArrayType) return [sampleOf(codec.type)];
  if (codec instanceof t.UnionType) {
    const members: readonly t.Mixed[] = codec.types;
    const first = members.find((member) => !(member instanceof t.NullType)) ?? members[0];
    if (first === undefined) throw new Error(`${codec.name} has no member`);
    return sampleOf(first);
  }
  if (codec instanceof t.InterfaceType) {
    const props: t.Props = codec.props;
    return Object.fromEntries(Object.entries(props).map(([key, field]) => [key, sampleOf(field)]));
  }
  throw new Error(`no example written for ${codec.name}`);
};

const FROM_CODECS = 'written from the codec: no story sends one';

/**
 * One example of every command and every event: the first of its type in the example stories (the
 * events being what the decider writes for them), else one written from the codec alone.
 */
export const payloadExamples = (): { commands: PayloadExample[]; events: PayloadExample[] } => {
  const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
  const commands = new Map<string, PayloadExample>();
  const events = new Map<string, PayloadExample>();
  for (const story of stories) {
    let state = initialState;
    for (const json of story.commands) {
      const command = ClaimCommand.decode(json);
      if (E.isLeft(command)) throw new Error(`${story.name}: a ${json.type} does not decode`);
      if (!commands.has(json.type))
        commands.set(json.type, { type: json.type, value: json, source: story.name });
      const decided = decider.decide(command.right, state);
      if (E.isLeft(decided)) throw new Error(`${story.name}: a ${json.type} is rejected`);
      for (const event of decided.right) {
        if (!events.has(event.type))
          events.set(event.type, { type: event.type, value: ClaimEvent.encode(event), source: story.name });
        state = decider.evolve(state, event);
      }
    }
  }
  const commandExamples = Object.values(claimCommandRegistry).map(({ type, codec, roles }) => {
    const told = commands.get(type);
    if (told !== undefined) return told;
    const value = sampleOf(codec);
    if (typeof value === 'object' && value !== null && 'data' in value && roles[0] !== undefined)
      Reflect.set(value, 'data', { ...Object(value.data), actor: { role: roles[0], id: 'party-1' } });
    return { type, value, source: FROM_CODECS };
  });
  const eventExamples = Object.values(claimEventRegistry).map(
    ({ type, codec }) => events.get(type) ?? { type, value: sampleOf(codec), source: FROM_CODECS },
  );
  return { commands: commandExamples, events: eventExamples };
};

const isSchema = (u: unknown): u is JsonSchema => typeof u === 'object' && u !== null && !Array.isArray(u);

const schemaAt = (schema: JsonSchema, key: string): JsonSchema => {
  const found = schema[key];
  if (!isSchema(found)) throw new Error(`no schema at ${key}`);
  return found;
};

const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** How a field's type reads in a table: a named type, a literal, the values of an enum, a list, a choice. */
const typeText = (schema: JsonSchema): string => {
  const { $ref, anyOf, items } = schema;
  if (typeof $ref === 'string') return $ref.replace('#/$defs/', '');
  if ('const' in schema) return code(schema.const);
  if (Array.isArray(schema.enum))
    return schema.enum.length > 12 ? `one of ${schema.enum.length} codes` : schema.enum.map(code).join(', ');
  if (Array.isArray(anyOf)) return anyOf.filter(isSchema).map(typeText).join(' or ');
  if (isSchema(items)) return `list of ${typeText(items)}`;
  if (schema.type === 'object') {
    const properties = schema.properties;
    if (!isSchema(properties)) return 'object';
    const fields = Object.entries(properties).filter((entry): entry is [string, JsonSchema] =>
      isSchema(entry[1]),
    );
    return `{ ${fields.map(([key, field]) => `${key}: ${typeText(field)}`).join('; ')} }`;
  }
  return String(schema.type);
};

const escaped = (text: string): string => text.replace(/\|/g, '\\|');

const fieldTable = (data: JsonSchema): string[] => {
  const properties = schemaAt(data, 'properties');
  return [
    '| field | type |',
    '|---|---|',
    ...Object.entries(properties).map(
      ([key, field]) => `| \`${key}\` | ${escaped(isSchema(field) ? typeText(field) : 'unknown')} |`,
    ),
  ];
};

/** The named types the schemas use, each once, with what it is and what the schema states of it. */
const namedTypes = (files: readonly SchemaFile[]): string[] => {
  const named = new Map<string, JsonSchema>();
  for (const { schema } of files) {
    const defs = schema.$defs;
    if (!isSchema(defs)) continue;
    for (const [name, def] of Object.entries(defs))
      if (isSchema(def) && !named.has(name)) named.set(name, def);
  }
  return [...named]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, def]) => {
      const description = typeof def.description === 'string' ? `: ${def.description}` : '';
      return `- **${name}**: ${escaped(typeText({ ...def, $ref: undefined }))}${description}.`;
    });
};

const jsonBlock = (value: unknown): string[] => ['```json', JSON.stringify(value, null, 2), '```'];

/** One type as its page shows it. */
interface PageEntry {
  readonly type: string;
  readonly summary: string;
  readonly file: SchemaFile;
  readonly example: PayloadExample;
  /** For a command: who may send it, and its checks after the envelope's, in order. */
  readonly sender?: { readonly roles: readonly string[]; readonly checks: readonly RuleStep[] };
}

const page = (kind: 'command' | 'event', entries: readonly PageEntry[]): string => {
  const title = kind === 'command' ? 'Commands' : 'Events';
  const intro =
    kind === 'command'
      ? [
          'Every command is JSON `{ "type": …, "data": { … } }`. Its `data` starts with the envelope every',
          'command carries (`commandId`, a lower-case UUID: a repeat with the same id changes nothing;',
          '`now`, the time it is decided at; `actor`, who sends it; `parcelId`, the stream it targets),',
          "then the type's own fields. Every field is required and no other field is allowed. A command",
          'is first checked against the rules of its envelope, then against those listed with it, in order.',
        ]
      : [
          'Every event is JSON `{ "type": …, "data": { … } }`. Its `data` starts with `at`, when it',
          'happened (the `now` of the command that caused it), and `commandId`, that command, then the',
          "type's own fields. Events are written by the decider only; stores keep them as written.",
        ];
  const sections = entries.map(({ type, summary, file, example, sender }) =>
    [
      `## ${type}`,
      '',
      summary,
      ...(sender === undefined
        ? []
        : [
            '',
            `Sent by: ${sender.roles.join(', ')}.`,
            ...(sender.checks.length === 0
              ? []
              : [
                  '',
                  `Checked, after the envelope's rules: ${sender.checks
                    .map((step) => `${step.rule} ${step.name}`)
                    .join('; ')}.`,
                ]),
          ]),
      '',
      `Schema: [${file.path}](schemas/${file.path}).`,
      '',
      ...fieldTable(schemaAt(schemaAt(file.schema, 'properties'), 'data')),
      '',
      `Example (${example.source}):`,
      '',
      ...jsonBlock(example.value),
      '',
    ].join('\n'),
  );
  return [
    `# ${title}`,
    '',
    `<!-- Written by \`pnpm generate\` from the ${kind} registry and codecs; do not edit. -->`,
    '',
    ...intro,
    `The JSON Schema of each type is in [docs/schemas/${kind}s/](schemas/${kind}s/); the examples are`,
    'decoded by the real codec in a test.',
    '',
    ...sections,
    '## Named types',
    '',
    ...namedTypes(entries.map((entry) => entry.file)),
    '',
  ].join('\n');
};

/**
 * Every generated file: the schemas, then `docs/commands.md` and `docs/events.md`. `sourceOf` reads a
 * module of the core by its path under `src` (`commands/pay-claim.ts`).
 */
export const payloadDocs = (sourceOf: (path: string) => string): GeneratedFile[] => {
  const summaryOf = (kind: 'command' | 'event', type: string): string =>
    definitionSummary(sourceOf(definitionPath(kind, type)), type);
  const schemas = claimSchemas(summaryOf);
  const examples = payloadExamples();
  const fileOf = (path: string): SchemaFile => {
    const file = schemas.find((candidate) => candidate.path === path);
    if (file === undefined) throw new Error(`no schema ${path}`);
    return file;
  };
  const exampleOf = (list: readonly PayloadExample[], type: string): PayloadExample => {
    const example = list.find((candidate) => candidate.type === type);
    if (example === undefined) throw new Error(`no example of ${type}`);
    return example;
  };
  const commands = Object.values(claimCommandRegistry).map(({ type, roles, precedence }) => ({
    type,
    summary: summaryOf('command', type),
    file: fileOf(`commands/${type}.schema.json`),
    example: exampleOf(examples.commands, type),
    sender: { roles, checks: precedence },
  }));
  const events = Object.values(claimEventRegistry).map(({ type }) => ({
    type,
    summary: summaryOf('event', type),
    file: fileOf(`events/${type}.schema.json`),
    example: exampleOf(examples.events, type),
  }));
  return [
    ...schemas.map((file) => ({
      path: `docs/schemas/${file.path}`,
      text: `${JSON.stringify(file.schema, null, 2)}\n`,
    })),
    { path: 'docs/commands.md', text: page('command', commands) },
    { path: 'docs/events.md', text: page('event', events) },
  ];
};
