import type { Evidence } from '@accgraph/schema';

/**
 * Builds the synthetic source text of one document section by section. Every
 * sentence written returns its evidence (quote, section heading, UTF-16
 * offsets), so a quote is always at its offsets and after its heading.
 */
export class SourceText {
  private text = '';
  private section = '';

  constructor(
    readonly documentId: string,
    title: string,
  ) {
    this.text = `${title}\n\n`;
    this.section = title;
  }

  /** Starts a new section: the heading on its own line. */
  heading(title: string): void {
    this.text += `\n${title}\n\n`;
    this.section = title;
  }

  /** Appends one sentence (its own paragraph) and returns its evidence. */
  sentence(sentence: string): Evidence {
    const start = this.text.length;
    this.text += `${sentence}\n`;
    return {
      documentId: this.documentId,
      quote: sentence,
      section: this.section,
      start,
      end: start + sentence.length,
    };
  }

  /** Evidence for a phrase inside an existing quote (a shorter quote). */
  static part(evidence: Evidence, phrase: string): Evidence {
    const at = evidence.quote.indexOf(phrase);
    if (at < 0) throw new Error(`"${phrase}" is not in "${evidence.quote}"`);
    return {
      ...evidence,
      quote: phrase,
      start: evidence.start + at,
      end: evidence.start + at + phrase.length,
    };
  }

  toString(): string {
    return this.text;
  }
}
