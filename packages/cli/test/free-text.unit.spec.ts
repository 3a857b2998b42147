import { readFile } from 'node:fs/promises';
import { foundingStoryParcelId as parcel } from '@parcel-claims/core/founding-story';
import type { EventStore, RecordedEvent } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../src/commands/audit.js';
import { reportCommand } from '../src/commands/report.js';
import { verifyCommand } from '../src/commands/verify.js';
import { run } from '../src/index.js';
import { redacting } from '../src/io.js';
import { describeError } from '../src/open.js';
import { hostile, rawCharacter as raw, writeHostileStory } from './support/hostile-story.js';
import { memoryIo } from './support/memory-io.js';

/** The output's lines; no line may hold a raw control, format or separator character. */
const linesOf = (text: string): string[] => {
  const lines = text.split('\n');
  for (const line of lines) expect(line).not.toMatch(raw);
  return lines;
};

/** The store as an intruder left it: the event at `revision` of every stream read back changed by `alter`. */
const altered = (
  store: EventStore,
  revision: bigint,
  alter: (event: RecordedEvent) => RecordedEvent,
): EventStore => ({
  ...store,
  readStream: async (streamId, options) =>
    (await store.readStream(streamId, options)).map((event) =>
      event.revision === revision ? alter(event) : event,
    ),
});

const store = await writeHostileStory();
const recorded = await store.readStream(`parcel-${parcel}`);

/** The founding story's audit with the hostile texts in place of the plain ones, by revision. */
const expectedAudit = async (): Promise<string[]> => {
  const plain = await readFile(new URL('./fixtures/founding-story-audit.txt', import.meta.url), 'utf8');
  const replaced: Readonly<Record<string, string>> = {
    '0': String.raw`  0  2026-01-05 10:00  ParcelBooked           L1 C1 P1        Mirrorless camera body\u001b[2J\u001b[H, CN → DE, goods CNY 12,800.00, 1 piece(s)`,
    '4': String.raw`  4  2026-01-05 22:40  ParcelShipped          L1 P1           left szx-processing-centre, cargo MAWB \u202e5765 4321-487`,
    '6': String.raw`  6  2026-01-06 17:00  TrackingUpdated        L1 P1           \u001b]8;;https://evil.example/\u001b\\Departed\u001b]8;;\u001b\\ typed \\u001b at Shenzhen\r\u001b[32mEvery rule of the catalogue holds.\u001b[39m`,
    '11': String.raw` 11  2026-01-22 11:00  DocumentRejected       D1 D2 P1        proof-of-value rejected: x\nHash chain intact.\n`,
    '17': String.raw` 17  2026-02-24 14:00  ClaimPaid              R8 E1 P1        paid CNY 12,800.00, reference PI\u0000\u001b[8m-hidden`,
  };
  const details: Readonly<Record<string, string>> = {
    '                       piece P1: air box AIRBOX-5531, customs box CUSTOMS-0917': String.raw`                       piece P1: air box AIRBOX-5531\u2028\u2066, customs box CUSTOMS-0917`,
  };
  return plain
    .split('\n')
    .map((line) => replaced[/^ *(\d+) {2}\d{4}-/.exec(line)?.[1] ?? ''] ?? details[line] ?? line);
};

describe('free text in the outputs of parcel-claims', () => {
  it('audit: every hostile text escaped on its own line, the line count of the plain story', async () => {
    const out = memoryIo({ tty: true, env: { NO_COLOR: '1' } });
    expect(await auditCommand(store, out.io, parcel, {})).toBe(0);
    expect([linesOf(out.stdout()), out.stderr()]).toEqual([await expectedAudit(), '']);
  });

  it('audit --changes: a document reference escaped inside the JSON of its change', async () => {
    const out = memoryIo();
    expect(await auditCommand(store, out.io, parcel, { changes: true, revision: '12' })).toBe(0);
    expect(linesOf(out.stdout()).filter((line) => line.includes('documents[1].reference'))).toEqual([
      `                       $.claim.documents[1].reference: null → "dossier/TSS-CLAIM-0001/proof-of-value.pdf"`,
      String.raw`                       $.claim.documents[1].reference: "dossier/TSS-CLAIM-0001/proof-of-value.pdf" → "dossier/\u202efdp.exe"`,
    ]);
  });

  it('audit --json: the texts exactly as recorded', async () => {
    const out = memoryIo();
    expect(await auditCommand(store, out.io, parcel, { json: true })).toBe(0);
    const json: unknown = JSON.parse(out.stdout());
    expect(json).toMatchObject({
      steps: expect.arrayContaining([
        expect.objectContaining({
          revision: '11',
          summary: `proof-of-value rejected: ${hostile.reason}`,
          event: expect.objectContaining({ data: expect.objectContaining({ reason: hostile.reason }) }),
        }),
      ]),
      state: {
        claim: {
          documents: expect.arrayContaining([expect.objectContaining({ reference: hostile.reference })]),
        },
      },
    });
    // JSON escapes controls but leaves the override as it is: exact, for machines.
    expect(out.stdout()).toContain('"dossier/\u202efdp.exe"');
  });

  it('report: the HTML shows every text escaped and holds no raw control or bidi character', async () => {
    const out = memoryIo();
    expect(await reportCommand(store, 'memory:', out.io, parcel, { html: 'r.html' })).toBe(0);
    const html = out.files.get('r.html') ?? '';
    expect(html.replaceAll('\n', '')).not.toMatch(raw);
    expect(html).toContain(String.raw`<td>dossier/\u202efdp.exe</td>`);
    expect(html).toContain(String.raw`<td>proof-of-value rejected: x\nHash chain intact.\n</td>`);
    expect(html).toContain(
      String.raw`<td>Mirrorless camera body\u001b[2J\u001b[H, CN → DE, goods CNY 12,800.00, 1 piece(s)` +
        '\n',
    );
    expect(html).toContain(
      `\n${String.raw`piece P1: air box AIRBOX-5531\u2028\u2066, customs box CUSTOMS-0917`}</td>`,
    );
    expect(html).toContain(
      `${String.raw`<td>paid CNY 12,800.00, reference PI\u0000\u001b[8m-hidden`}\nto the seller seller-a, by bank-transfer</td>`,
    );
    expect(html).toContain(
      String.raw`<title>#6 2026-01-06 17:00 TrackingUpdated: \u001b]8;;https://evil.example/\u001b\\Departed\u001b]8;;\u001b\\ typed \\u001b at Shenzhen\r\u001b[32mEvery rule of the catalogue holds.\u001b[39m</title>`,
    );
  });

  it('verify and audit: a stored hash holding escapes is shown escaped', async () => {
    const forged = 'x\n\u001b[32mOK\u001b[39m every hash chain intact.\u202e';
    const event = recorded[3];
    if (event === undefined) throw new Error('the story has a revision 3');
    const tampered = altered(store, 3n, (e) => ({ ...e, metadata: { ...e.metadata, hash: forged } }));
    const shownBreak = String.raw`parcel-TSS-2026-000042@3: hash-mismatch (expected ${event.metadata.hash}, found x\n\u001b[32mOK\u001b[39m every hash chain intact.\u202e)`;

    const verified = memoryIo();
    expect(await verifyCommand(tampered, verified.io, { parcelId: parcel })).toBe(1);
    expect(linesOf(verified.stdout())).toEqual([
      `BROKEN ${shownBreak}`,
      expect.stringMatching(
        /^1 stream\(s\), 18 event\(s\) checked \(\d+ events\/s\): 1 broken stream\(s\)\.$/,
      ),
      '',
    ]);

    const audited = memoryIo();
    expect(await auditCommand(tampered, audited.io, parcel, {})).toBe(1);
    expect(linesOf(audited.stdout()).slice(-2)).toEqual([`Hash chain broken at ${shownBreak}.`, '']);
  });

  it('errors: a stored field name holding escapes is shown escaped in the decode error', async () => {
    const tampered = altered(store, 2n, (e) => ({
      ...e,
      data: { ...(typeof e.data === 'object' ? e.data : {}), 'x\n\u202e': 1 },
    }));
    const out = memoryIo();
    expect(await auditCommand(tampered, out.io, parcel, {})).toBe(1);
    const lines = linesOf(out.stderr());
    expect(lines[0]).toMatch(/^hash chain broken at parcel-TSS-2026-000042@2: hash-mismatch /);
    // The core quotes an unusual field name with JSON escapes; the output escapes their backslashes.
    expect(lines[1]).toBe(
      String.raw`parcel-claims audit: cannot replay parcel TSS-2026-000042: EventDecodeFailed: Cannot decode event "ParcelPickedUp" at revision 2 of stream "parcel-TSS-2026-000042": invalid event ParcelPickedUp: $.data["x\\u000a\\u202e"]: expected no such field, found 1`,
    );
    expect(lines.slice(2)).toEqual(['']);
  });

  it('errors: parcel ids and store URLs from the command line are echoed escaped', async () => {
    const id = 'X\n\u001b[2J\u202e';
    for (const command of ['audit', 'verify', 'report']) {
      const out = memoryIo();
      const args = [command, id, '--store', 'memory:', ...(command === 'report' ? ['--html', 'r.html'] : [])];
      // The store refuses the stream id; its message quotes the id as JSON, shown escaped in turn.
      expect([await run(args, out.io), out.stdout(), linesOf(out.stderr())]).toEqual([
        2,
        '',
        [
          String.raw`parcel-claims: InvalidStreamId: Stream id "parcel-X\\n\\u001b[2J\u202e" is not valid: it must be 1 to 256 characters, letters, digits, ".", "_", ":", "@" or "-", starting with a letter or digit`,
          '',
        ],
      ]);
    }
    const out = memoryIo();
    expect(await run(['verify', '--all', '--store', 'bogus:\u001b]8;;x\u001b\\'], out.io)).toBe(2);
    expect(linesOf(out.stderr())).toEqual([
      String.raw`parcel-claims: cannot open the store: UnsupportedStoreUrl: no store for bogus:\u001b]8;;x\u001b\\: use memory:, pglite:<directory>, pglite:memory, postgres://user@host/db or esdb://host:port?tls=false`,
      '',
    ]);
  });

  it('errors: the command line parser echoes an unknown option escaped, on one line', async () => {
    const out = memoryIo();
    expect(await run(['audit', parcel, '--store', 'memory:', '--x\u001b[2J\u202e'], out.io)).toBe(2);
    expect(linesOf(out.stderr()).slice(0, 2)).toEqual([
      String.raw`error: unknown option '--x\u001b[2J\u202e'`,
      '',
    ]);
    // A suggestion of its own keeps its line; one inside the argument does not.
    const typo = memoryIo();
    expect(await run(['audit', parcel, '--store', 'memory:', '--zon'], typo.io)).toBe(2);
    expect(linesOf(typo.stderr()).slice(0, 3)).toEqual([
      "error: unknown option '--zon'",
      '(Did you mean --zone?)',
      '',
    ]);
    const forged = memoryIo();
    expect(
      await run(['audit', parcel, '--store', 'memory:', '--zon\n(Did you mean --json?)'], forged.io),
    ).toBe(2);
    expect(linesOf(forged.stderr()).slice(0, 2)).toEqual([
      String.raw`error: unknown option '--zon\n(Did you mean --json?)'`,
      '',
    ]);
  });

  it('describeError escapes every message and cause, one per line', () => {
    const error = new Error('first\nsecond\u202e', {
      cause: new TypeError('\u001b[2J', { cause: 'x\\u0000' }),
    });
    expect(describeError(error)).toBe(
      String.raw`Error: first\nsecond\u202e` +
        '\n' +
        String.raw`caused by: TypeError: \u001b[2J` +
        '\n' +
        String.raw`caused by: x\\u0000`,
    );
  });

  it('passwords stay hidden in their escaped form too', () => {
    let written = '';
    const output = redacting({ write: (text) => (written += text), isTTY: false, columns: 80 }, [
      'p\\ss\u202e',
    ]);
    output.write(String.raw`postgres://u:p\\ss\u202e@host`);
    output.write(' and postgres://u:p\\ss\u202e@host');
    expect(written).toBe('postgres://u:***@host and postgres://u:***@host');
  });
});
