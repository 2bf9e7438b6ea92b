/**
 * The domain lexicon: the words a safeguarding governance document uses for
 * the things and relationships of docs/data-model.md. One list, shared by the
 * reader (graph-seed draft) and the question-answering work (api).
 *
 * Patterns are lower-case regular-expression sources, matched on lower-cased
 * text with word boundaries; `passive` patterns name the object first ("X is
 * held to account by Y").
 */
import type { RelationshipType } from './graph.ts';
import type { BODY_KINDS, HOLD_MODES, MODALITIES, POST_KINDS } from './vocabulary.ts';

type BodyKind = (typeof BODY_KINDS)[number];
type HoldMode = (typeof HOLD_MODES)[number];
type Modality = (typeof MODALITIES)[number];
type PostKind = (typeof POST_KINDS)[number];

export interface RelationCue {
  type: RelationshipType;
  /** Regular-expression source (lower case). */
  pattern: string;
  /** Subject is the object of the verb ("X is scrutinised by Y": Y -> X). */
  passive?: boolean;
  mode?: HoldMode;
  /**
   * Proposed alongside cues of other types on the same words ("seek advice
   * and support from" is both ADVISES and SUPPORTS); without it, the surer of
   * two overlapping cues of different types wins.
   */
  combines?: boolean;
  /** How sure a sentence with two known nodes and this cue is of the relationship. */
  confidence: number;
}

/** Relationship cues per type, as the five bundled documents evidence them. */
export const RELATION_CUES: readonly RelationCue[] = [
  // HOLDS_TO_ACCOUNT
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`held to account by`, passive: true, mode: 'call-to-account', confidence: 0.85 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`hold(?:s|ing)? (?:\w+ ){0,6}to account`, mode: 'call-to-account', confidence: 0.85 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`call(?:s|ing)? (?:\w+ ){0,4}to account`, mode: 'call-to-account', confidence: 0.8 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`(?:challenged|scrutinised|scrutinized) by`, passive: true, mode: 'challenge', confidence: 0.75 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`challeng(?:e|es|ing)`, mode: 'challenge', confidence: 0.7 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`scrutinis(?:e|es|ing)|scrutiniz(?:e|es|ing)|scrutiny of`, mode: 'scrutiny', confidence: 0.7 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`oversee(?:s|ing)?|oversight of|monitor(?:s|ing)? the (?:work|performance|effectiveness)`, mode: 'oversight', confidence: 0.6 },
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`seek(?:s|ing)? assurance from|assurance (?:from|that)`, mode: 'assurance', confidence: 0.6 },
  // ACCOUNTABLE_TO
  { type: 'ACCOUNTABLE_TO', pattern: String.raw`(?:is|are|be|remains?) accountable to|answer(?:s|able)? to`, confidence: 0.8 },
  // REPORTS_TO
  { type: 'REPORTS_TO', pattern: String.raw`report(?:s|ing)? (?:\w+ ){0,3}to|present(?:s|ed|ing)? (?:\w+ ){0,5}to|submit(?:s|ted|ting)? (?:\w+ ){0,5}to|forward(?:s|ed)? (?:\w+ ){0,4}to`, confidence: 0.75 },
  { type: 'REPORTS_TO', pattern: String.raw`report(?:ed)? (?:\w+ ){0,3}by`, passive: true, confidence: 0.5 },
  // MEMBER_OF
  { type: 'MEMBER_OF', pattern: String.raw`(?:is|are|be) (?:a |an )?(?:core |full |statutory )?members? of|membership of|sits? on|represented on`, confidence: 0.8 },
  { type: 'MEMBER_OF', pattern: String.raw`invit(?:e|es|ed|ing) (?:\w+ ){0,8}to attend`, confidence: 0.55 },
  // CHAIRS
  { type: 'CHAIRS', pattern: String.raw`chair(?:s|ed)?(?: of)?|(?:is|be) chaired by`, confidence: 0.7 },
  // SUBGROUP_OF
  { type: 'SUBGROUP_OF', pattern: String.raw`sub[- ]?groups? of|under the auspices of|served by|report(?:s|ing)? (?:in)?to`, confidence: 0.5 },
  // CONSULTS
  { type: 'CONSULTS', pattern: String.raw`consult(?:s|ed|ing)?(?: with| on)?|consultation (?:with|on)|discuss(?:es|ed)? (?:\w+ ){0,5}with`, confidence: 0.65 },
  // ADVISES
  { type: 'ADVISES', pattern: String.raw`advis(?:e|es|ing)|recommendations? (?:to|from)`, confidence: 0.6 },
  // INFORMS
  { type: 'INFORMS', pattern: String.raw`inform(?:s|ing)?|aware of|keep(?:s)? (?:\w+ ){0,3}informed|shar(?:e|es|ing) (?:\w+ ){0,4}with|feed(?:s)? into`, confidence: 0.6 },
  // ESCALATES_TO
  { type: 'ESCALATES_TO', pattern: String.raw`escalat(?:e|es|ed|ing|ion) (?:\w+ ){0,6}to|refer(?:s|red)? (?:\w+ ){0,4}to`, confidence: 0.6 },
  // SUPPORTS
  { type: 'SUPPORTS', pattern: String.raw`support(?:s|ing)? the work of|supported by`, confidence: 0.6 },
  // SUCCEEDED_BY
  { type: 'SUCCEEDED_BY', pattern: String.raw`replac(?:e|es|ed|ing)|succeed(?:s|ed)|supersed(?:e|es|ed)`, confidence: 0.5 },
]; // prettier-ignore

/** Body-kind heads: the words that make a name a body of that kind. */
export const BODY_KIND_CUES: readonly { kind: BodyKind; pattern: string }[] = [
  { kind: 'safeguarding-children-board', pattern: String.raw`safeguarding children(?:'s)? board|\blscb\b` },
  { kind: 'safeguarding-adults-board', pattern: String.raw`safeguarding adults? board` },
  { kind: 'childrens-trust', pattern: String.raw`children(?:'s|’s|s)? (?:and young people(?:'s|’s)? )?trust` },
  { kind: 'safeguarding-partnership', pattern: String.raw`safeguarding (?:\w+ ){0,3}partnership` },
  { kind: 'health-and-wellbeing-board', pattern: String.raw`health and well-?being board` },
  { kind: 'community-safety-partnership', pattern: String.raw`community safety partnership|safer \w+ partnership` },
  { kind: 'strategic-partnership-group', pattern: String.raw`strategic partnership (?:group|board)` },
  { kind: 'sub-group', pattern: String.raw`sub[- ]?group|sub[- ]?committee` },
  { kind: 'panel', pattern: String.raw`\bpanel\b` },
  { kind: 'forum', pattern: String.raw`\bforum\b|reference group` },
  { kind: 'programme', pattern: String.raw`\bprogramme\b` },
  { kind: 'business-support', pattern: String.raw`business (?:support )?unit` },
  { kind: 'partnership-board', pattern: String.raw`partnership board|\bboard\b|\bpartnership\b|\bgroup\b|\bcommittee\b|\bexecutive\b` },
]; // prettier-ignore

/** Post titles. */
export const POST_CUES: readonly { kind: PostKind; pattern: string }[] = [
  { kind: 'dcs', pattern: String.raw`director of children(?:'s|’s)? services|\bdcs\b` },
  { kind: 'lead-member', pattern: String.raw`lead member(?: for children(?:'s|’s)? services)?|lead councillor|portfolio holder` },
  { kind: 'independent-chair', pattern: String.raw`independent chair` },
  { kind: 'chief-executive', pattern: String.raw`chief executive` },
  { kind: 'chief-constable', pattern: String.raw`chief constable` },
  { kind: 'dass', pattern: String.raw`director of adult(?:s|'s|’s)? (?:social )?services|\bdass\b` },
  { kind: 'director-public-health', pattern: String.raw`director of public health|\bdph\b` },
  { kind: 'board-manager', pattern: String.raw`board manager|business manager` },
  { kind: 'training-manager', pattern: String.raw`training (?:manager|co-?ordinator)` },
  { kind: 'lay-member', pattern: String.raw`lay members?` },
  { kind: 'chair', pattern: String.raw`\b(?:vice[- ]|co-? ?)?chair(?:man|person)?\b` },
]; // prettier-ignore

/**
 * Organisation names: a capitalised name matching one of these (matched on
 * lower-cased text; the reader keeps only matches written with capitals).
 */
export const ORGANISATION_CUES: readonly { kind: string; pattern: string }[] = [
  { kind: 'local-authority', pattern: String.raw`[a-z]+ (?:county |borough |city |district )?council` },
  { kind: 'police', pattern: String.raw`[a-z]+ (?:police|constabulary)|office of the police and crime commissioner` },
  { kind: 'ccg', pattern: String.raw`nhs [a-z]+ (?:clinical commissioning group|ccg)` },
  { kind: 'icb', pattern: String.raw`nhs [a-z]+ (?:integrated care board|icb)` },
  { kind: 'inspectorate', pattern: String.raw`ofsted|care quality commission|hmicfrs|her majesty's inspectorate of constabulary(?: and fire (?:&|and) rescue services)?` },
  { kind: 'national-body', pattern: String.raw`nhs england|department for education|national [a-z]+ (?:delivery )?unit|child safeguarding practice review panel` },
]; // prettier-ignore

/** Extra relationship cues the reader tries (kept apart from RELATION_CUES, which `ask` reads). */
export const READER_RELATION_CUES: readonly RelationCue[] = [
  { type: 'REPORTS_TO', pattern: String.raw`request(?:s|ing)? (?:\w+ ){0,3}reports? from|receiv(?:e|es|ing) (?:\w+ ){0,3}reports? from`, passive: true, confidence: 0.7 },
  { type: 'REPORTS_TO', pattern: String.raw`(?:present|provide|submit)(?:s|ed|ing)? (?:its |their |an |the )?(?:annual |six-monthly |quarterly )?reports? (?:\w+ ){0,10}to`, confidence: 0.75 },
  { type: 'REPORTS_TO', pattern: String.raw`report(?:s|ing)? (?:back )?(?:\w+ ){0,3}(?:in)?to`, confidence: 0.75 },
  { type: 'INFORMS', pattern: String.raw`feed(?:s|ing)? ?back (?:\w+ ){0,3}to|keep(?:s|ing)? (?:\w+ ){0,3}informed|disseminat(?:e|es|ing) (?:\w+ ){0,6}to`, confidence: 0.65 },
  { type: 'SUBGROUP_OF', pattern: String.raw`(?:is|are) (?:a )?sub[- ]?groups? of|operate under the auspices of|developed under`, confidence: 0.7 },
  { type: 'ESCALATES_TO', pattern: String.raw`(?:can|may|will) be referred to|raise (?:\w+ ){0,4}concerns? with`, confidence: 0.6 },
  { type: 'SUPPORTS', pattern: String.raw`support(?:s|ing)? the work of`, confidence: 0.7 },
  // "X supported by Y", "X is supported by Y": Y supports X (RELATION_CUES reads it active).
  { type: 'SUPPORTS', pattern: String.raw`(?:is |are |be |been )?supported by`, passive: true, confidence: 0.7 },
  // "Both bodies will seek advice and support from the Team": the Team advises and supports them.
  { type: 'ADVISES', pattern: String.raw`seek(?:s|ing)? (?:\w+ and )?(?:advice|guidance)(?: and \w+)? from|(?:advice|guidance) (?:\w+ ){0,3}(?:from|of)`, passive: true, combines: true, confidence: 0.65 },
  { type: 'SUPPORTS', pattern: String.raw`seek(?:s|ing)? (?:\w+ and )?support(?: and \w+)? from`, passive: true, combines: true, confidence: 0.65 },
  // "Act on any recommendations from the Panel": the Panel advises (RELATION_CUES reads it active).
  { type: 'ADVISES', pattern: String.raw`recommendations? from`, passive: true, confidence: 0.65 },
  // "The CT will take an overview of the OSCB's activities".
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`take(?:s)? an overview of|overview of`, mode: 'oversight', confidence: 0.6 },
  // "Invite the Chair of the Children's Trust or a representative to attend WSCB meetings" (names with apostrophes).
  { type: 'MEMBER_OF', pattern: String.raw`invit(?:e|es|ed|ing) (?:[\w'’-]+ ){0,10}to attend`, confidence: 0.6 },
  // "call all agencies represented on the CT to account" (a longer object than RELATION_CUES allows).
  { type: 'HOLDS_TO_ACCOUNT', pattern: String.raw`call(?:s|ing)? (?:[\w'’-]+ ){0,8}to account`, mode: 'call-to-account', confidence: 0.8 },
  // "The PRG will seek agreement from the Chair that ...".
  { type: 'CONSULTS', pattern: String.raw`seek(?:s|ing)? (?:the )?(?:agreement|approval|views?) (?:of|from)`, confidence: 0.65 },
]; // prettier-ignore

/** Modality words, strongest first. */
export const MODALITY_CUES: readonly { modality: Modality; pattern: string }[] = [
  { modality: 'must', pattern: String.raw`\bmust\b|\bis required to\b|\bare required to\b` },
  { modality: 'shall', pattern: String.raw`\bshall\b` },
  { modality: 'will', pattern: String.raw`\bwill\b` },
  { modality: 'should', pattern: String.raw`\bshould\b|\bought to\b` },
  { modality: 'may', pattern: String.raw`\bmay\b|\bcan\b` },
  { modality: 'responsible', pattern: String.raw`\bresponsib(?:le|ility) for\b|\bhas responsibility\b` },
  { modality: 'expected', pattern: String.raw`\bexpected to\b|\bwould expect\b` },
  { modality: 'intends', pattern: String.raw`\bintends? to\b|\baims? to\b` },
]; // prettier-ignore

/** Duty-type keywords: a code of schema/taxonomy/duty-types.yaml per phrase. */
export const DUTY_TYPE_CUES: readonly { code: string; pattern: string }[] = [
  { code: 'CYPP', pattern: String.raw`children and young people(?:'s|’s)? plan|\bcypp\b` },
  { code: 'CYPP_CONSULTATION', pattern: String.raw`consult\w* on (?:the )?(?:preparation of the )?(?:cypp|children and young people)` },
  { code: 'NEEDS_ASSESSMENT', pattern: String.raw`needs (?:assessment|analys[ie]s)|\bjsna\b` },
  { code: 'HEALTH_WELLBEING_STRATEGY', pattern: String.raw`health and well-?being strategy` },
  { code: 'JOINT_COMMISSIONING', pattern: String.raw`commissioning` },
  { code: 'POLICIES_PROCEDURES', pattern: String.raw`polic(?:y|ies) and procedures?|procedures` },
  { code: 'THRESHOLDS', pattern: String.raw`thresholds?` },
  { code: 'SAFER_WORKFORCE', pattern: String.raw`safer (?:recruitment|workforce)` },
  { code: 'ALLEGATIONS_MANAGEMENT', pattern: String.raw`allegations?|\blado\b` },
  { code: 'PRIVATE_FOSTERING', pattern: String.raw`private fostering` },
  { code: 'MULTI_AGENCY_TRAINING', pattern: String.raw`training` },
  { code: 'MONITOR_EFFECTIVENESS', pattern: String.raw`monitor\w* (?:and evaluat\w* )?(?:the )?effectiveness|evaluat\w* (?:the )?effectiveness` },
  { code: 'MULTI_AGENCY_AUDIT', pattern: String.raw`audits?` },
  { code: 'S11_ASSURANCE', pattern: String.raw`section 11|\bs\.? ?11\b` },
  { code: 'HOLD_TO_ACCOUNT', pattern: String.raw`to account|challeng\w*` },
  { code: 'INDEPENDENT_SCRUTINY', pattern: String.raw`independent scrutiny|scrutinis\w*` },
  { code: 'PERFORMANCE_MANAGEMENT', pattern: String.raw`performance (?:management|information|data)` },
  { code: 'SERIOUS_INCIDENT_NOTIFICATION', pattern: String.raw`serious incident|notification` },
  { code: 'RAPID_REVIEW', pattern: String.raw`rapid review` },
  { code: 'LOCAL_CSPR', pattern: String.raw`child safeguarding practice review|\bcspr\b` },
  { code: 'SERIOUS_CASE_REVIEW', pattern: String.raw`serious case reviews?|\bscrs?\b` },
  { code: 'LEARNING_IMPLEMENTATION', pattern: String.raw`lessons? learn\w*|learning from` },
  { code: 'CHILD_DEATH_REVIEW', pattern: String.raw`child death|\bcdop\b` },
  { code: 'SAFEGUARDING_ADULTS_REVIEW', pattern: String.raw`safeguarding adults? reviews?|\bsars?\b` },
  { code: 'DOMESTIC_HOMICIDE_REVIEW', pattern: String.raw`domestic homicide` },
  { code: 'ANNUAL_REPORT', pattern: String.raw`annual report` },
  { code: 'PUBLIC_AWARENESS', pattern: String.raw`awareness` },
  { code: 'VOICE_AND_PARTICIPATION', pattern: String.raw`voice of|views of (?:children|young people)|participation` },
  { code: 'INFORMATION_SHARING', pattern: String.raw`information[- ]sharing|share information` },
  { code: 'RESOURCING', pattern: String.raw`budget|funding|resourc\w*` },
  { code: 'DISPUTE_RESOLUTION', pattern: String.raw`escalation|dispute|resolution` },
  { code: 'BUSINESS_PLANNING', pattern: String.raw`business plan` },
  { code: 'EARLY_HELP', pattern: String.raw`early (?:help|intervention)` },
  { code: 'COOPERATION_ARRANGEMENTS', pattern: String.raw`co-?operation` },
]; // prettier-ignore

/** Common English function words, for the reader's "is this English?" check. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers him his how i if in into is it its itself just me more
  most my no nor not now of off on once only or other our ours out over own same she should so
  some such than that the their them then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your`
    .split(/\s+/)
    .filter(Boolean),
);

const compiled = new Map<string, RegExp>();
/** A cue's pattern as a case-insensitive, global RegExp (cached). */
export function cueRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'giu');
    compiled.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Loose references to a kind of node, as people write them in questions and
 * documents ("the Trust", "the LSCB", "the DCS", "the police"): each names a
 * label and the node kinds it may mean. Patterns as above (lower case, folded
 * apostrophes removed: "childrens trust").
 */
export const LOOSE_REFERENCES: readonly { pattern: string; label: 'Body' | 'Post' | 'Organisation'; kinds: readonly string[] }[] = [
  { pattern: String.raw`(?:childrens? )?(?:and young (?:peoples?|persons?) )?trust(?: board)?|\bct\b|\bcypt\b|\bocypt\b`, label: 'Body', kinds: ['childrens-trust'] },
  { pattern: String.raw`\blscb\b|\bscb\b|(?:local )?safeguarding childrens? boards?|childrens? safeguarding boards?|safeguarding boards?`, label: 'Body', kinds: ['safeguarding-children-board'] },
  { pattern: String.raw`\bsab\b|safeguarding adults? boards?|adults? safeguarding boards?`, label: 'Body', kinds: ['safeguarding-adults-board'] },
  { pattern: String.raw`safeguarding partnership|safeguarding partners(?:hip)? arrangements?|new partnership`, label: 'Body', kinds: ['safeguarding-partnership'] },
  { pattern: String.raw`\bhwb\b|\bhwbb?\b|health and ?well ?being board`, label: 'Body', kinds: ['health-and-wellbeing-board'] },
  { pattern: String.raw`\bcsp\b|community safety partnership`, label: 'Body', kinds: ['community-safety-partnership'] },
  { pattern: String.raw`\bcdop\b|child death overview panel`, label: 'Body', kinds: ['panel'] },
  { pattern: String.raw`\bdcs\b|director of childrens? services|childrens? director`, label: 'Post', kinds: ['dcs'] },
  { pattern: String.raw`lead member|lead councillor|portfolio holder|cabinet member`, label: 'Post', kinds: ['lead-member'] },
  { pattern: String.raw`independent chair`, label: 'Post', kinds: ['independent-chair'] },
  { pattern: String.raw`chief constable|chief officer of police|police chief`, label: 'Post', kinds: ['chief-constable'] },
  { pattern: String.raw`\bdass\b|director of adult(?:s)? (?:social )?services`, label: 'Post', kinds: ['dass'] },
  { pattern: String.raw`director of public health|\bdph\b`, label: 'Post', kinds: ['director-public-health'] },
  { pattern: String.raw`board manager|business manager`, label: 'Post', kinds: ['board-manager'] },
  { pattern: String.raw`training manager`, label: 'Post', kinds: ['training-manager'] },
  { pattern: String.raw`lay members?`, label: 'Post', kinds: ['lay-member'] },
  { pattern: String.raw`\bpolice\b|constabulary`, label: 'Organisation', kinds: ['police'] },
  { pattern: String.raw`\bccg\b|clinical commissioning group|\bicb\b`, label: 'Organisation', kinds: ['ccg'] },
  { pattern: String.raw`local authority|\bcouncil\b`, label: 'Organisation', kinds: ['local-authority'] },
]; // prettier-ignore
