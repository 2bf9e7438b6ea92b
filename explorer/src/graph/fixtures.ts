/** Small graph builders for the unit tests (a mock of `Area.graph`). */
import type {
  ApiAccountability,
  ApiAreaGraph,
  ApiGraphEdge,
  ApiGraphNode,
  ApiHop,
  ApiRelationshipRef,
} from './types';

export function body(id: string, name: string, fn: string | null = 'scrutiny'): ApiGraphNode {
  return { id, label: 'Body', name, kind: 'safeguarding-children-board', function: fn };
}

export function post(id: string, name: string): ApiGraphNode {
  return { id, label: 'Post', name, kind: 'independent-chair', function: null };
}

export function organisation(id: string, name: string): ApiGraphNode {
  return { id, label: 'Organisation', name, kind: 'police', function: null };
}

export function edge(
  type: string,
  source: string,
  target: string,
  documentId = 'area/2014',
): ApiGraphEdge {
  return {
    id: `${documentId}:${type}:${source}->${target}`,
    type,
    source,
    target,
    documentId,
    basis: 'STATED',
    interpretation: null,
  };
}

/** A Wiltshire-like graph: a board, a trust, a chair, two members. */
export function sampleGraph(): ApiAreaGraph {
  return {
    nodes: [
      body('w/wscb', 'Wiltshire Safeguarding Children Board', 'scrutiny'),
      body('w/trust', "Children and Young People's Trust", 'strategy'),
      post('w/chair', 'Independent Chair'),
      organisation('w/police', 'Wiltshire Police'),
      organisation('w/council', 'Wiltshire Council'),
    ],
    edges: [
      edge('HOLDS_TO_ACCOUNT', 'w/wscb', 'w/trust'),
      edge('REPORTS_TO', 'w/wscb', 'w/trust'),
      edge('CHAIRS', 'w/chair', 'w/wscb'),
      edge('MEMBER_OF', 'w/police', 'w/wscb'),
      edge('MEMBER_OF', 'w/council', 'w/wscb'),
      edge('MEMBER_OF', 'w/council', 'w/trust'),
    ],
  };
}

/** A one-chain answer to "who holds the trust to account" over `sampleGraph`. */
/** A relationship as the chain and obligations panels read it, with no quote. */
export function relationshipRef(
  id: string,
  type: ApiRelationshipRef['type'],
  fromId: string,
  toId: string,
  extra: Partial<ApiRelationshipRef> = {},
): ApiRelationshipRef {
  return {
    id,
    type,
    fromId,
    toId,
    documentId: null,
    basis: 'STATED',
    interpretation: null,
    evidence: [],
    ...extra,
  };
}

const hop = (
  kind: ApiHop['kind'] & ApiRelationshipRef['type'],
  from: string,
  to: string,
  relId: string,
): ApiHop => ({
  kind,
  mode: null,
  reversed: false,
  from: { id: from, name: from },
  to: { id: to, name: to },
  relationship: relationshipRef(relId, kind, from, to),
});

export const trustHolders: ApiAccountability = {
  subject: { id: 'w/trust', name: 'Trust' },
  direction: 'HOLDERS',
  asOf: '2018-12-31',
  truncated: false,
  limited: false,
  chains: [
    {
      length: 1,
      truncated: false,
      end: { id: 'w/wscb', name: 'WSCB' },
      hops: [
        hop('HOLDS_TO_ACCOUNT', 'w/wscb', 'w/trust', 'area/2014:HOLDS_TO_ACCOUNT:w/wscb->w/trust'),
      ],
    },
  ],
};
