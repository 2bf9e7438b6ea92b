import { fold } from '../fulltext/words.ts';

/**
 * The form names and questions are matched in: folded, apostrophes removed
 * ("Children's" = "childrens"), punctuation and hyphens as spaces, single spaces.
 */
export function norm(text: string): string {
  return fold(text)
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of the normalised form. */
export function words(text: string): string[] {
  const n = norm(text);
  return n ? n.split(' ') : [];
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

/** Initials of a name's significant words ("Wiltshire Safeguarding Children Board" -> "wscb"). */
export function acronym(name: string): string | null {
  const initials = words(name)
    .filter((w) => !SMALL.has(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 3 ? initials : null;
}
