import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type VerbatimDB, type VerificationRecord } from '@/utils/db';
import { importVerifications, parseImport, planMerge } from '@/utils/export/import';
import { buildExport, exportJson } from '@/utils/export/json';
import { makeRecord, makeResult } from '../library/records';

let db: VerbatimDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`import-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const fileOf = (records: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ ...buildExport([], '2026.11.28', new Date(Date.UTC(2026, 10, 28))), records, ...over });

const seedRecords = () => [
  makeRecord({ id: 1, quote: 'first', note: 'mine', context: 'around the first' }),
  makeRecord({
    id: 2,
    quote: 'second',
    status: 'altered',
    result: makeResult('altered', {
      diff: [
        { op: 'removed', text: 'a' },
        { op: 'added', text: 'b' },
      ],
      coverage: 0.75,
    }),
    attributedTo: 'Sessions',
    attribution: 'mismatch',
  }),
  makeRecord({
    id: 5,
    quote: 'third',
    status: 'not-found',
    result: makeResult('not-found'),
    source: null,
    passageIds: [],
    speaker: null,
    origin: 'popup',
    url: '',
  }),
];

describe('parseImport rejects bad files with a clear message', () => {
  const rejects = (text: string, pattern: RegExp) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(pattern);
      expect(parsed.message).toMatch(/Nothing was imported/);
    }
  };

  it('corrupt or truncated JSON', () => {
    const good = exportJson(seedRecords(), 'v');
    rejects('{not json', /not valid JSON/);
    rejects(good.slice(0, Math.floor(good.length / 2)), /not valid JSON/);
    rejects('', /not valid JSON/);
  });

  it('another kind of file, or another format version', () => {
    rejects('[1,2,3]', /not a Verbatim verifications export/);
    rejects('null', /not a Verbatim verifications export/);
    rejects(JSON.stringify({ format: 'something-else', version: 1, records: [] }), /expected format/);
    rejects(fileOf([], { version: 2 }), /newer version.*version 2/);
    rejects(fileOf([], { version: '1' }), /unknown format version/);
    rejects(fileOf([], { records: 'nope' }), /damaged.*records/);
    rejects(fileOf([], { exportedAt: 'yesterday' }), /damaged.*exportedAt/);
  });

  it('a record with a wrong field names the record and the field', () => {
    const records: unknown[] = seedRecords();
    records.push({ ...makeRecord({ quote: 'bad' }), status: 'true' });
    rejects(fileOf(records), /1 of 4 records are invalid \(record 4: status/);
  });

  it('rejects each kind of invalid record', () => {
    const bad: Array<[string, unknown]> = [
      ['missing result', (({ result: _r, ...rest }) => rest)(makeRecord())],
      ['unknown field', { ...makeRecord(), extra: 1 }],
      ['status not in the set', { ...makeRecord(), status: 'false', result: makeResult('verified') }],
      [
        'status contradicting its result',
        makeRecord({ status: 'verified', result: makeResult('not-found') }),
      ],
      ['quotation too long', makeRecord({ quote: 'x'.repeat(20_001) })],
      ['wrong type', { ...makeRecord(), createdAt: '2026-01-01' }],
      ['negative time', makeRecord({ updatedAt: -1 })],
      ['coverage out of range', makeRecord({ result: makeResult('verified', { coverage: 2 }) })],
      ['bad origin', { ...makeRecord(), origin: 'page' }],
      ['fractional id', makeRecord({ id: 1.5 })],
    ];
    for (const [why, record] of bad) {
      const parsed = parseImport(fileOf([record]));
      expect(parsed.ok, why).toBe(false);
    }
  });

  it('accepts a real export, BOM or not', () => {
    const text = exportJson(seedRecords(), '2026.11.28');
    for (const t of [text, `\uFEFF${text}`]) {
      const parsed = parseImport(t);
      expect(parsed).toEqual({ ok: true, records: seedRecords(), corpusVersion: '2026.11.28' });
    }
  });
});

describe('the disputed mark in exports', () => {
  it('round-trips a disputed record, and still reads files written before the mark existed', () => {
    const disputed = makeRecord({
      id: 9,
      quote: 'marked',
      disputed: true,
      disputeReason: 'said on another day',
    });
    const text = exportJson([disputed, ...seedRecords()], 'v');
    expect(JSON.parse(text).records[0]).toMatchObject({
      disputed: true,
      disputeReason: 'said on another day',
    });
    expect(parseImport(text)).toEqual({
      ok: true,
      records: [disputed, ...seedRecords()],
      corpusVersion: 'v',
    });
    // An older file: no disputed fields anywhere.
    const old = fileOf(seedRecords().map((r) => JSON.parse(JSON.stringify(r))));
    expect(old).not.toContain('disputed');
    expect(parseImport(old).ok).toBe(true);
  });

  it('rejects a disputed mark of the wrong type', () => {
    const bad = fileOf([{ ...makeRecord({ id: 3 }), disputed: 'yes' }]);
    expect(parseImport(bad).ok).toBe(false);
  });
});

describe('importVerifications', () => {
  it('export, clear, import reproduces exactly the same records', async () => {
    await db.verifications.bulkAdd(seedRecords());
    const before = await db.verifications.toArray();
    const text = exportJson(before, '2026.11.28');
    await db.verifications.clear();
    const outcome = await importVerifications(db, text);
    expect(outcome).toEqual({ ok: true, added: 3, updated: 0, skipped: 0 });
    const after = await db.verifications.toArray();
    expect(after).toStrictEqual(before);
  });

  it('a file with one bad record writes nothing at all', async () => {
    await db.verifications.bulkAdd(seedRecords().slice(0, 1));
    const before = await db.verifications.toArray();
    const incoming: unknown[] = [
      makeRecord({ id: 10, quote: 'new one' }),
      makeRecord({ id: 11, quote: 'new two' }),
    ];
    incoming.push({ ...makeRecord({ id: 12 }), quote: 42 });
    const outcome = await importVerifications(db, fileOf(incoming));
    expect(outcome.ok).toBe(false);
    expect(await db.verifications.toArray()).toStrictEqual(before);
  });

  it('a corrupt file writes nothing', async () => {
    await db.verifications.bulkAdd(seedRecords());
    const before = await db.verifications.toArray();
    expect(
      (await importVerifications(db, '{"format":"verbatim-verifications","version":1,"records":[')).ok,
    ).toBe(false);
    expect(await db.verifications.toArray()).toStrictEqual(before);
  });

  it('merges without duplicates: one record per URL and quotation, the later check wins', async () => {
    await db.verifications.bulkAdd([
      makeRecord({ id: 1, quote: 'same words', updatedAt: 2000, note: 'old' }),
      makeRecord({ id: 2, quote: 'kept newer', updatedAt: 9000 }),
    ]);
    const outcome = await importVerifications(
      db,
      fileOf([
        makeRecord({ id: 40, quote: 'same words', updatedAt: 5000, note: 'newer' }),
        makeRecord({ id: 41, quote: 'kept newer', updatedAt: 3000 }),
        makeRecord({ id: 2, quote: 'brand new' }),
        makeRecord({ id: 42, quote: 'twice in file', updatedAt: 100 }),
        makeRecord({ id: 43, quote: 'twice in file', updatedAt: 200 }),
      ]),
    );
    expect(outcome).toEqual({ ok: true, added: 2, updated: 1, skipped: 2 });
    const all = await db.verifications.toArray();
    expect(all).toHaveLength(4);
    const byQuote = new Map(all.map((r) => [r.quote, r]));
    // The newer import replaced the stored record in place.
    expect(byQuote.get('same words')).toMatchObject({ id: 1, note: 'newer', updatedAt: 5000 });
    expect(byQuote.get('kept newer')).toMatchObject({ id: 2, updatedAt: 9000 });
    // id 2 was taken: the new record got another one; id 43 was free and kept.
    expect(byQuote.get('brand new')?.id).not.toBe(2);
    expect(byQuote.get('twice in file')).toMatchObject({ id: 43, updatedAt: 200 });
    // Importing the same file again changes nothing.
    const again = await importVerifications(
      db,
      fileOf([makeRecord({ id: 40, quote: 'same words', updatedAt: 5000, note: 'newer' })]),
    );
    expect(again).toEqual({ ok: true, added: 0, updated: 0, skipped: 1 });
    expect(await db.verifications.toArray()).toStrictEqual(all);
  });

  it('treats differently spaced copies of a quotation as the same record', () => {
    const plan = planMerge(
      [makeRecord({ id: 1, quote: 'a b', updatedAt: 1 })],
      [makeRecord({ id: 9, quote: 'a  b', updatedAt: 2 })],
    );
    expect(plan).toMatchObject({ added: 0, updated: 1 });
  });
});

describe('planMerge', () => {
  it('gives records whose id is taken a new one, after the ones that keep theirs', () => {
    const existing: VerificationRecord[] = [makeRecord({ id: 3, quote: 'x' })];
    const plan = planMerge(existing, [
      makeRecord({ id: 3, quote: 'y' }),
      makeRecord({ id: 4, quote: 'z' }),
      makeRecord({ quote: 'w' }),
    ]);
    expect(plan.put.map((r) => r.id)).toEqual([4]);
    expect(plan.add.map((r) => [r.quote, 'id' in r])).toEqual([
      ['y', false],
      ['w', false],
    ]);
  });
});
