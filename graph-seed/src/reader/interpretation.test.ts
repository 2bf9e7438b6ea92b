import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCommand } from '../commands/validate.command.ts';
import { draftCommand } from '../commands/draft.command.ts';
import { DEFAULT_PATHS } from '../paths.ts';
import { draftArea } from './draft.ts';

// Issue 13/14: a drafted reading that goes beyond the sentence's words carries
// `interpretation: "<why>"` (basis INTERPRETED); a stated one carries none.

const draft = (lines: string[]) => {
  const text = ['## 1. Arrangements', '', ...lines, ''].join('\n');
  const d = draftArea(text, 'northshire');
  const rel = (type: string, from: string, to: string) =>
    d.relationships.find((r) => r.type === type && r.from === from && r.to === to);
  const id = (name: string) => d.nodes.find((n) => n.name === name)!.id;
  return { text, d, rel, id };
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('reader: readings beyond the words are interpretations', () => {
  it('"both bodies" resolved from the title is an interpretation naming the two bodies', () => {
    const { rel } = draft([
      'Agreement between the Northshire Adults Board (NAB) and the Northshire Learning Partnership (NLP).',
      'Both bodies will seek advice from the Participation Team.',
      'The NAB will seek advice from the Housing Team.',
    ]);
    for (const body of ['northshire/nab', 'northshire/nlp']) {
      const r = rel('ADVISES', 'northshire/participation-team', body);
      expect(r?.proposal.interpretation).toMatch(/"both bodies"/);
      expect(r?.proposal.interpretation).toMatch(/Northshire Adults Board/);
      expect(r?.proposal.interpretation).toMatch(/title/);
    }
    // The sentence that names the NAB states it.
    const stated = rel('ADVISES', 'northshire/housing-team', 'northshire/nab');
    expect(stated).toBeDefined();
    expect(stated?.proposal.interpretation).toBeUndefined();
  });

  it('"representatives from X" read as X MEMBER_OF is an interpretation; a body named as a member is not', () => {
    const { rel, id } = draft([
      'The Northshire Strategy Group meets monthly. The membership is made up of representatives from the Northshire Adults Board (NAB).',
      'The Northshire Review Group meets monthly. The membership is made up of the Northshire Learning Partnership (NLP).',
    ]);
    const r = rel('MEMBER_OF', 'northshire/nab', id('Northshire Strategy Group'));
    expect(r?.proposal.interpretation).toMatch(/representatives from/);
    const stated = rel('MEMBER_OF', 'northshire/nlp', id('Northshire Review Group'));
    expect(stated).toBeDefined();
    expect(stated?.proposal.interpretation).toBeUndefined();
  });

  it('"all agencies represented on the X" as one collective organisation is an interpretation (node and edges)', () => {
    const { d, rel } = draft([
      'The Northshire Adults Board (NAB) and the Northshire Learning Partnership (NLP) agree.',
      'The NAB has the authority to call all agencies represented on the NLP to account for their work.',
    ]);
    const agencies = d.nodes.find(
      (n) => n.name === 'Agencies represented on the Northshire Learning Partnership',
    )!;
    expect(agencies.proposal.interpretation).toMatch(/one collective organisation/);
    expect(rel('MEMBER_OF', agencies.id, 'northshire/nlp')?.proposal.interpretation).toMatch(
      /one collective organisation/,
    );
    expect(rel('HOLDS_TO_ACCOUNT', 'northshire/nab', agencies.id)?.proposal.interpretation).toMatch(
      /one collective organisation/,
    );
  });

  it('"SPs" read as the named partners is an interpretation', () => {
    const { rel } = draft([
      'The safeguarding partners are Northshire Council, Northshire Police and NHS Northshire Clinical Commissioning Group.',
      'It is for SPs to hold each other to account for their contributions.',
    ]);
    const r = rel(
      'HOLDS_TO_ACCOUNT',
      'northshire/northshire-police',
      'northshire/northshire-council',
    );
    expect(r?.proposal.interpretation).toMatch(/"SPs"/);
    expect(r?.proposal.interpretation).toMatch(/Northshire Police/);
  });

  it("an escalation with no subject taking the previous sentence's party is an interpretation", () => {
    const { rel, id } = draft([
      'The Northshire Adults Board (NAB) works with the Northshire Leaders Board.',
      'The NAB will raise concerns first with the partner. Where this does not resolve it, the matter can be referred to the Northshire Leaders Board.',
      'The NAB will report to the Northshire Leaders Board.',
    ]);
    const r = rel('ESCALATES_TO', 'northshire/nab', id('Northshire Leaders Board'));
    expect(r?.proposal.interpretation).toMatch(/sentence before/);
    const stated = rel('REPORTS_TO', 'northshire/nab', id('Northshire Leaders Board'));
    expect(stated).toBeDefined();
    expect(stated?.proposal.interpretation).toBeUndefined();
  });

  it('a drafted bundled source writes `interpretation` on its interpreted facts, and validate accepts it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interp-'));
    dirs.push(dir);
    const paths = { areasDir: join(dir, 'areas'), sourcesDir: join(dir, 'sources') };
    const io = { out: () => {}, err: (l: string) => err.push(l) };
    const err: string[] = [];
    const file = 'wiltshire-2014-wscb-childrens-trust-protocol.txt';
    expect(
      await draftCommand(join(DEFAULT_PATHS.sourcesDir, file), { area: 'wiltshire' }, paths, io),
    ).toBe(0);
    const yaml = readFileSync(join(paths.areasDir, 'wiltshire-2014.yaml'), 'utf8');
    expect(yaml).toMatch(/\n {4}interpretation: .*"both bodies"/);
    // `proposed` keeps the rule and confidence only.
    expect(yaml).not.toMatch(/proposed:\n {6}rule: .*\n {6}confidence: .*\n {6}interpretation/);
    expect(validateCommand(paths, io), err.join('\n')).toBe(0);
  }, 30_000);
});
