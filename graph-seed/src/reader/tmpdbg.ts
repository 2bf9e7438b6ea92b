import { readFileSync } from 'node:fs';
import { parseYaml } from '@accgraph/schema';
import { draftArea } from './draft.ts';
const ref = parseYaml('x', readFileSync('graph-seed/areas/wiltshire-2014.yaml', 'utf8'))
  .data as any;
const src = readFileSync('graph-seed/sources/' + ref.document.source, 'utf8');
const d = draftArea(src, 'wiltshire');
console.log(d.nodes.map((n) => n.id + '=' + n.name + '|' + n.aliases.join(',')).join('\n'));
for (const r of ref.relationships.slice(0, 30))
  console.log(r.type, r.from, r.to, '::', r.evidence[0].quote.slice(0, 120).replace(/\n/g, ' '));
