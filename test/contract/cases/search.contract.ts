import { CYPHER_FOLDS, FOLDABLE as foldable } from '../../../api/src/search/fold.ts';
import { type ContractCase, defineCases } from '../contract.ts';

const folds = CYPHER_FOLDS.map(([from, to]) => [from, to]);
const kinds = (...on: string[]) =>
  Object.fromEntries(
    ['body', 'post', 'organisation', 'person', 'document', 'dutyType'].map((k) => [
      k,
      on.includes(k),
    ]),
  );
const NAMED = kinds('body', 'post', 'organisation', 'person', 'document', 'dutyType');
const names = 'api/src/search/search-names';
const texts = 'api/src/search/search-obligations';
const namesInArea = 'api/src/search/search-names-in-area';
const textsInArea = 'api/src/search/search-obligations-in-area';

const cases: ContractCase[] = [
  {
    query: names,
    name: "a straight apostrophe finds names written with ’ and with ', shortest name first",
    fixture: 'search',
    params: {
      needle: "children's trust",
      areaId: null,
      ...NAMED,
      folds,
      foldable,
      candidateLimit: 10,
    },
    expected: [
      {
        id: 'shire/childrens-trust',
        label: 'Body',
        name: 'Children’s Trust',
        aliases: ['CT'],
        code: null,
        validFrom: null,
        validTo: null,
      },
      {
        id: 'vale/childrens-trust',
        label: 'Body',
        name: "Vale Children's Trust",
        aliases: [],
        code: null,
        validFrom: null,
        validTo: null,
      },
      {
        id: 'shire/trust-chair',
        label: 'Post',
        name: "Chair of the Children's Trust",
        aliases: [],
        code: null,
        validFrom: null,
        validTo: null,
      },
    ],
  },
  {
    query: names,
    name: 'restricted to one area and to the kinds asked; a limit bounds the candidates',
    fixture: 'search',
    params: {
      needle: 'trust',
      areaId: 'shire',
      ...kinds('body'),
      folds,
      foldable,
      candidateLimit: 1,
    },
    expected: [
      {
        id: 'shire/childrens-trust',
        label: 'Body',
        name: 'Children’s Trust',
        aliases: ['CT'],
        code: null,
        validFrom: null,
        validTo: null,
      },
    ],
  },
  {
    query: names,
    name: 'accents fold in stored names and aliases; a body returns its own period',
    fixture: 'search',
    params: { needle: 'zoe', areaId: 'shire', ...NAMED, folds, foldable, candidateLimit: 10 },
    expected: [
      {
        id: 'shire/board',
        label: 'Body',
        name: 'Shire Safeguarding Board',
        aliases: ['SSB', 'Zoë’s Board'],
        code: null,
        validFrom: null,
        validTo: null,
      },
    ],
  },
  {
    query: names,
    name: 'café by "cafe"; duty types (no area) and document titles are searched in an area',
    fixture: 'search',
    params: {
      needle: 'c',
      areaId: 'shire',
      ...kinds('dutyType', 'document', 'body'),
      folds,
      foldable,
      candidateLimit: 10,
    },
    expected: [
      {
        id: 'shire/cafe-forum',
        label: 'Body',
        name: 'Café Forum',
        aliases: [],
        code: null,
        validFrom: '2020',
        validTo: '2021',
      },
      {
        id: 'shire/childrens-trust',
        label: 'Body',
        name: 'Children’s Trust',
        aliases: ['CT'],
        code: null,
        validFrom: null,
        validTo: null,
      },
      {
        id: 'duty/SERIOUS_CASE_REVIEW',
        label: 'DutyType',
        name: 'Serious case review',
        aliases: [],
        code: 'SERIOUS_CASE_REVIEW',
        validFrom: null,
        validTo: null,
      },
      {
        id: 'shire/2020',
        label: 'Document',
        name: 'Shire safeguarding protocol',
        aliases: [],
        code: null,
        validFrom: '2020',
        validTo: null,
      },
    ],
  },
  {
    query: texts,
    name: 'obligation texts containing the needle, by document then id',
    fixture: 'search',
    params: { needle: 'serious case review', areaId: null, folds, foldable, candidateLimit: 10 },
    expected: [
      {
        id: 'shire/2020/board-reviews',
        documentId: 'shire/2020',
        text: 'Commission a serious case review where the criteria are met',
        validFrom: '2020',
        validTo: null,
      },
    ],
  },
  {
    query: texts,
    name: 'no obligation text outside the area asked',
    fixture: 'search',
    params: { needle: 'serious case review', areaId: 'vale', folds, foldable, candidateLimit: 10 },
    expected: [],
  },
];

/** The in-area queries must return, for an area, exactly what the general ones return. */
const inArea = cases
  .filter((c) => typeof c.params?.areaId === 'string')
  .map((c) => ({
    ...c,
    query: c.query === names ? namesInArea : textsInArea,
    name: `in one area (anchored): ${c.name}`,
  }));

/** One row of search-haystack-names: the kind flags from the label, the rest as given. */
function straw(
  id: string,
  label: string,
  areaId: string | null,
  name: string,
  rest: { raw: string; aliases?: string[]; code?: string; validFrom?: string; validTo?: string },
) {
  const flag = label === 'DutyType' ? 'dutyType' : label.toLowerCase();
  return {
    id,
    label,
    ...kinds(flag),
    areaId,
    raw: rest.raw,
    nameLength: [...name].length,
    name,
    aliases: rest.aliases ?? [],
    code: rest.code ?? null,
    validFrom: rest.validFrom ?? null,
    validTo: rest.validTo ?? null,
  };
}

/** Every candidate with the text the queries above match (search.service.ts filters it in memory). */
const haystack: ContractCase[] = [
  {
    query: 'api/src/search/search-haystack-names',
    name: 'every named candidate with its lower-cased text, length, kinds and area, by id',
    fixture: 'search',
    params: {},
    expected: [
      straw('duty/SERIOUS_CASE_REVIEW', 'DutyType', null, 'Serious case review', {
        raw: ' |  | serious case review | serious_case_review',
        code: 'SERIOUS_CASE_REVIEW',
      }),
      straw('shire/2020', 'Document', 'shire', 'Shire safeguarding protocol', {
        raw: ' | shire safeguarding protocol |  | ',
        validFrom: '2020',
      }),
      straw('shire/board', 'Body', 'shire', 'Shire Safeguarding Board', {
        raw: 'shire safeguarding board |  |  |  | ssb | zoë’s board',
        aliases: ['SSB', 'Zoë’s Board'],
      }),
      straw('shire/cafe-forum', 'Body', 'shire', 'Café Forum', {
        raw: 'café forum |  |  | ',
        validFrom: '2020',
        validTo: '2021',
      }),
      straw('shire/childrens-trust', 'Body', 'shire', 'Children’s Trust', {
        raw: 'children’s trust |  |  |  | ct',
        aliases: ['CT'],
      }),
      straw('shire/trust-chair', 'Post', 'shire', "Chair of the Children's Trust", {
        raw: "chair of the children's trust |  |  | ",
      }),
      straw('vale/childrens-trust', 'Body', 'vale', "Vale Children's Trust", {
        raw: "vale children's trust |  |  | ",
      }),
    ],
  },
  {
    query: 'api/src/search/search-haystack-obligations',
    name: 'every obligation with its lower-cased text and area, by id',
    fixture: 'search',
    params: {},
    expected: [
      {
        id: 'shire/2020/board-reviews',
        areaId: 'shire',
        raw: 'commission a serious case review where the criteria are met',
        documentId: 'shire/2020',
        text: 'Commission a serious case review where the criteria are met',
        validFrom: '2020',
        validTo: null,
      },
    ],
  },
];

export default defineCases([...cases, ...inArea, ...haystack]);
