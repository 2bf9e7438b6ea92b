/**
 * Every message the explorer shows a user, with a stable code (React Flow's
 * `error002` style), so the UI, the tests and the docs say the same thing.
 */

export type MessageTone = 'info' | 'warning' | 'error';

export interface UiMessage {
  code: string;
  tone: MessageTone;
  text: string;
}

interface Definition<P extends unknown[]> {
  code: string;
  tone: MessageTone;
  text: (...params: P) => string;
}

const define = <P extends unknown[]>(
  code: string,
  tone: MessageTone,
  text: (...params: P) => string,
): Definition<P> => ({ code, tone, text });

export const MESSAGES = {
  areasLoading: define('EXP001', 'info', () => 'Loading areas…'),
  noAreas: define('EXP002', 'info', () => 'No areas loaded yet — run npm run seed -- load'),
  areaLoading: define('EXP003', 'info', (name: string) => `Loading ${name}…`),
  areaEmpty: define(
    'EXP004',
    'info',
    (name: string) =>
      `${name} has no bodies or relationships yet — load its area files with npm run seed -- load`,
  ),
  areaNotFound: define(
    'EXP005',
    'warning',
    (requested: string, shown: string) =>
      `There is no area “${requested}” in this graph; showing ${shown} instead.`,
  ),
  areaMissing: define(
    'EXP006',
    'warning',
    (id: string) => `The area “${id}” is no longer in the graph. Choose another area.`,
  ),
  edgesDropped: define('EXP007', 'info', (count: number) =>
    count === 1
      ? '1 relationship is not drawn: one of its ends is outside this area.'
      : `${count} relationships are not drawn: one of their ends is outside this area.`,
  ),
  apiUnreachable: define(
    'EXP101',
    'error',
    () =>
      'Cannot reach the API at /graphql. Start it with npm start (it serves this page at http://127.0.0.1:4000/), then retry.',
  ),
  apiNotReady: define(
    'EXP102',
    'error',
    (status: number) =>
      `The API is not ready (HTTP ${status}); it may still be loading the areas. Retry in a moment.`,
  ),
  apiHttpError: define(
    'EXP103',
    'error',
    (status: number) =>
      `The API answered HTTP ${status} instead of data. Check its log, then retry.`,
  ),
  apiBadResponse: define(
    'EXP104',
    'error',
    () => 'The API’s answer was not GraphQL JSON — is /graphql served by the accountability API?',
  ),
  apiGraphqlError: define(
    'EXP105',
    'error',
    (detail: string) => `The API could not answer: ${detail}`,
  ),
  documentLoading: define('EXP201', 'info', () => 'Loading the source text…'),
  documentNoText: define(
    'EXP202',
    'warning',
    (id: string) =>
      `The source text of ${id} is not bundled with the API, so the quote cannot be shown in place.`,
  ),
  quoteNotFound: define(
    'EXP203',
    'warning',
    () =>
      'This quote was not found in the source text (it may have been edited); the whole text is shown.',
  ),
  detailsLoading: define('EXP204', 'info', () => 'Loading details and evidence…'),
  chainLoading: define('EXP205', 'info', (name: string) => `Tracing who holds ${name} to account…`),
  noChains: define('EXP206', 'info', (name: string, held: boolean) =>
    held
      ? `No statement in force at this date says ${name} holds anyone to account.`
      : `No statement in force at this date says who holds ${name} to account. Try another document on the as-of switch.`,
  ),
  obligationsLoading: define('EXP207', 'info', (name: string) => `Loading what ${name} carries…`),
  notAPost: define('EXP208', 'warning', (id: string) => `${id} is not a post in this graph.`),
  findingsLoading: define('EXP209', 'info', () => 'Checking the rules against this area…'),
  noFindings: define(
    'EXP210',
    'info',
    () => 'No rule flags anything in the statements in force at this date.',
  ),
  diffLoading: define('EXP211', 'info', () => 'Comparing the two documents…'),
  notDrawn: define(
    'EXP212',
    'info',
    (name: string) =>
      `${name} is not drawn at this date (or is filtered out). Its statements come from the documents listed below.`,
  ),
  searchNone: define('EXP213', 'info', (text: string) => `Nothing matches “${text}”.`),
  compareLoading: define('EXP214', 'info', () => 'Comparing duty coverage across areas…'),
  compareNeedsTwo: define(
    'EXP215',
    'info',
    () => 'Comparison needs at least two areas in the graph.',
  ),
  neighbourhoodFailed: define(
    'EXP216',
    'warning',
    (id: string) => `Could not add the neighbourhood of ${id}; the rest of the graph is shown.`,
  ),
  filteredEmpty: define(
    'EXP217',
    'info',
    () => 'Every relationship type is filtered out: tick some types in the Filter panel.',
  ),
  largeGraph: define(
    'EXP218',
    'info',
    (count: number) =>
      `${count} nodes: only those in view are rendered. Filter relationship types to thin the graph.`,
  ),
  unexpected: define('EXP199', 'error', (detail: string) => `Something went wrong: ${detail}`),
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function message<K extends MessageKey>(
  key: K,
  ...params: Parameters<(typeof MESSAGES)[K]['text']>
): UiMessage {
  const def = MESSAGES[key] as Definition<Parameters<(typeof MESSAGES)[K]['text']>>;
  return { code: def.code, tone: def.tone, text: def.text(...params) };
}
