/**
 * What a question asks, from its words (normalised: norm()). Ordered rules,
 * most specific first; the first that fits wins. Pure.
 */
export const INTENTS = [
  'HOLDERS',
  'HELD',
  'CHAIN',
  'POST_DUTIES',
  'BODY_DUTIES',
  'REPORTING',
  'ESCALATION',
  'MEMBERS',
  'CHAIRS',
  'SUBGROUPS',
  'STATUTORY_BASIS',
  'DUTY_HOLDERS',
  'JOINT_WORK',
  'GAPS',
  'DUPLICATION',
  'CHANGES',
  'SUCCESSION',
  'DOCUMENT_DATES',
  'DOCUMENT_REVIEW',
  'DOCUMENT_REPLACES',
  'DOCUMENT_SIGNATORIES',
  'DOCUMENT_STATUS',
  'MISSING_CONTENT',
  'SEARCH',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentInput {
  /** The normalised question. */
  q: string;
  /** How many agents the question names, and whether the first is a post. */
  agents: number;
  firstIsPost: boolean;
  /** A duty word of the lexicon appears (training, audit, section 11...). */
  duty: boolean;
  years: number;
  /** The question is only a "quoted phrase": a search for those words. */
  quoted: boolean;
}

const has = (q: string, re: RegExp) => re.test(q);

const ACCOUNT =
  /\b(?:to account|accountab\w*|answer(?:s|able)? to|scrutin\w*|challeng\w*|overs(?:ee|ees|ight|eeing|aw)|oversight|calls? \w+ to account|hold\w* \w+ (?:\w+ )?responsible|keeps? a check|checks? on)\b/;

export function classify({ q, agents, firstIsPost, duty, years, quoted }: IntentInput): Intent {
  if (quoted) return 'SEARCH';
  const aboutDocument =
    /\b(?:protocol|plan|document|arrangements|model|agreement|it|paper|version)\b/.test(q) ||
    years > 0;
  // Documents themselves.
  if (
    has(q, /\b(?:figure|diagram|matrix|appendix|chart|table|picture|missing|lost)\b/) &&
    !has(q, /\bduty|dutie/)
  )
    return 'MISSING_CONTENT';
  if (
    has(
      q,
      /\b(?:review date|next review|due for review|reviewed|review due|when \w+ (?:\w+ )?review|revis\w*)\b/,
    )
  )
    return 'DOCUMENT_REVIEW';
  if (
    has(
      q,
      /\b(?:who signed|signator\w*|signed by|sign(?:ed)? (?:it|off|the)|signatures?|names? at the end|ratif\w*)\b/,
    )
  )
    return has(q, /\bwhen\b|\bdate/) && !has(q, /who|signator|ratif/)
      ? 'DOCUMENT_DATES'
      : 'DOCUMENT_SIGNATORIES';
  if (
    has(
      q,
      /\b(?:draft|final|status of the (?:document|protocol|plan)|version|approved|in force|still current|current document|is it current|superseded\b(?! by))\b/,
    ) &&
    agents === 0
  )
    return 'DOCUMENT_STATUS';
  if (
    has(
      q,
      /\b(?:when (?:was|is|did)|what date|dated|date of|which year|what year|how old|take effect|took effect|came into|come into|effective)\b/,
    ) &&
    agents === 0 &&
    aboutDocument
  )
    return 'DOCUMENT_DATES';
  if (
    has(
      q,
      /\b(?:replac\w*|succe\w*|supersed\w*|took over|predecessor|before the|instead of|abolish\w*)\b/,
    )
  )
    return agents > 0
      ? 'SUCCESSION'
      : has(q, /\bwhat (?:did|does|is)\b.*\breplac/) || years === 1
        ? 'DOCUMENT_REPLACES'
        : 'SUCCESSION';
  if (
    has(
      q,
      /\b(?:chang\w*|differ\w*|compare[ds]?|comparison|what is new|whats new|new in|dropped|removed|added|between (?:19|20)\d\d and)\b/,
    ) &&
    (years >= 2 || agents === 0)
  )
    return 'CHANGES';
  // Relationships.
  if (
    has(
      q,
      /\b(?:escalat\w*|dispute\w*|disagree\w*|resolution|resolv\w*|unresolved|fall(?:s)? out|conflict between|if (?:they|the \w+) (?:cannot|can t|dont|do not) agree|concerns? (?:is|are) not)\b/,
    )
  )
    return 'ESCALATION';
  if (
    agents >= 2 &&
    has(
      q,
      /\b(?:chain|path|line of accountability|route from|route between|link between|connected|through whom|how (?:is|does|are)\b.*\b(?:accountab|answer|report))/,
    )
  )
    return 'CHAIN';
  if (
    agents >= 2 &&
    has(
      q,
      /\b(?:together|joint\w*|jointly|both|shared?|in common|work with|relationship between|relate to|how do .* work)\b/,
    )
  )
    return 'JOINT_WORK';
  if (agents >= 2 && has(q, ACCOUNT) && !has(q, /\bwho\b|\bwhom\b|\bwhich\b/)) return 'CHAIN';
  if (has(q, ACCOUNT) && agents >= 1) {
    if (
      has(
        q,
        /\b(?:does|do|did|can|will|may|should) (?:the |a )?(?:\w+ ){1,8}(?:hold|call|scrutini[sz]e|challenge|oversee|keep)\b/,
      ) ||
      has(q, /\b(?:held to account|scrutini[sz]ed|challenged|overseen) by\b/) ||
      has(q, /\b(?:accountable|answerable|answers?|report\w*) to (?:the )?x\b/) ||
      has(q, /\bwhom? is (?:the )?(?:\w+ ){1,6}(?:responsible for|holding)\b/)
    )
      return 'HELD';
    return 'HOLDERS';
  }
  if (
    has(
      q,
      /\b(?:gaps?|uncovered|not covered|nobody|no one|no body|missing dut\w*|unassigned|without (?:a )?holder|not carried)\b/,
    )
  )
    return 'GAPS';
  if (
    has(
      q,
      /\b(?:duplicat\w*|overlap\w*|twice|double|both carry|two bodies|more than one bod\w*|same dut\w*)\b/,
    )
  )
    return 'DUPLICATION';
  if (has(q, /\bwho are (?:the )?(?:\w+ )?partners\b|\bpartners are\b/)) return 'MEMBERS';
  if (
    has(q, /\bmeet(?:s|ing|ings)?\b/) &&
    agents >= 1 &&
    !has(q, /\bmeetings?\b.*\battend|\battend/)
  )
    return firstIsPost ? 'POST_DUTIES' : 'BODY_DUTIES';
  if (
    (agents >= 1 || duty || aboutDocument) &&
    has(
      q,
      /\b(?:statut\w*|legal basis|legislation|law|laws|act|regulations?|section \d+|s \d+|legal|basis|grounded|derive\w*)\b/,
    )
  )
    return 'STATUTORY_BASIS';
  if (has(q, /\b(?:statut\w*|legal basis|legislation|law|laws|act|regulations?)\b/) && agents === 0)
    return 'SEARCH';
  if (
    has(
      q,
      /\b(?:report\w*|present\w*|submit\w*|how often|frequen\w*|cadence|annual(?:ly)?|six monthly|quarterly|minutes|feedback)\b/,
    ) &&
    agents >= 1
  )
    return 'REPORTING';
  if (
    has(q, /\bsub ?groups?\b|\bsub ?committees?\b|under the auspices|served by|working groups?\b/)
  )
    return 'SUBGROUPS';
  if (
    (has(
      q,
      /\b(?:who chairs|chaired|chair of|chairs? (?:the|it)|chairperson|who leads|led by|who runs|chairing)\b/,
    ) ||
      (has(q, /\bchairs?\b/) && !firstIsPost)) &&
    !has(q, /\battend/)
  )
    return 'CHAIRS';
  if (
    has(
      q,
      /\b(?:members?|membership|sits? on|sit on|seat|represented|who attends|attend\w*|made up|composed|consist\w*|who is on|who are on)\b/,
    )
  )
    return 'MEMBERS';
  if (duty && agents === 0) return 'DUTY_HOLDERS';
  if (
    agents >= 1 &&
    firstIsPost &&
    has(
      q,
      /\b(?:carr\w*|responsib\w*|dut\w*|obligat\w*|role|roles|do|does|expected|must|task\w*|job|accountabilities|remit)\b/,
    )
  )
    return 'POST_DUTIES';
  if (
    agents >= 1 &&
    has(
      q,
      /\b(?:function\w*|role|roles|responsib\w*|dut\w*|obligat\w*|purpose|do|does|remit|task\w*|expected|must|job|aim\w*|tasked)\b/,
    )
  )
    return duty && has(q, /\bwho\b|\bwhich\b/) && !has(q, /\bwhat\b/)
      ? 'DUTY_HOLDERS'
      : 'BODY_DUTIES';
  if (duty && has(q, /\b(?:who|which|responsible|carr\w*|lead\w*|does)\b/)) return 'DUTY_HOLDERS';
  return 'SEARCH';
}
