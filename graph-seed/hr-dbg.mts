import { readFileSync } from 'node:fs';
import { draftArea } from './src/reader/index.ts';
const TEXT = ['# Testshire Safeguarding Arrangements','','## 1. Partners','','The safeguarding partners are Testshire County Council, Testshire Police and NHS Testshire Clinical Commissioning Group.'].join('\n');
const d = draftArea(TEXT,'testshire');
console.log(d.nodes.map(n=>[n.id,n.label]), d.relationships.map(r=>[r.type,r.from,r.to]));
const s = readFileSync('sources/wiltshire-2019-safeguarding-plan-svpp.txt','utf8');
const w = draftArea(s,'wiltshire',undefined,{documentId:'wiltshire/2019'});
console.log(w.relationships.filter(r=>r.type==='HOLDS_POST').map(r=>[r.from,r.to]));
