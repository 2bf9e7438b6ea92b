import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string) =>
  splitSentences(text).map((s) => `${s.kind === 'heading' ? '#' : ''}${s.line}:${s.text}`);

describe('splitSentences', () => {
  it('splits paragraphs on blank lines and sentences on . ? !', () => {
    expect(texts('One is here. Two is here? Three!\n\nFour is here.')).toEqual([
      '1:One is here.',
      '1:Two is here?',
      '1:Three!',
      '3:Four is here.',
    ]);
  });

  it('does not split after common abbreviations or before lowercase', () => {
    expect(
      texts(
        'Plans (e.g. the CYPP) and reviews, i.e. SCRs. Under s. 11 of the Act, No. 5 applies etc. and more.',
      ),
    ).toEqual([
      '1:Plans (e.g. the CYPP) and reviews, i.e. SCRs.',
      '1:Under s. 11 of the Act, No. 5 applies etc. and more.',
    ]);
  });

  it('makes every bullet its own item and drops the marker', () => {
    const text =
      'The Board will:\n\n- Publish a report. Annually.\n- ◆ Consult the Trust\n - a. providing training,\n1. A numbered point.\n- III. A roman point.';
    expect(texts(text)).toEqual([
      '1:The Board will:',
      '3:Publish a report.',
      '3:Annually.',
      '4:Consult the Trust',
      '5:providing training,',
      '6:A numbered point.',
      '7:A roman point.',
    ]);
  });

  it('classifies headings apart from sentences', () => {
    const text =
      '## **4. Responsibilities**\n\nIntroduction\n\nThe Trust will consult.\n\n**Both bodies will:**';
    expect(texts(text)).toEqual([
      '#1:4. Responsibilities',
      '#3:Introduction',
      '5:The Trust will consult.',
      '#7:Both bodies will:',
    ]);
  });

  it('keeps offsets into the source', () => {
    const text = 'Intro line here.\n\n- Hold the Chair to account. Then report.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 16, 'Intro line here.'],
      [20, 46, 'Hold the Chair to account.'],
      [47, 59, 'Then report.'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
