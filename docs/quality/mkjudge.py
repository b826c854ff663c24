"""Pool the items of several generator versions blindly: mkjudge.py OUT_PREFIX SEED label=file.json ...
Writes OUT_PREFIX-items.json (shuffled, numbered, with context headline) and OUT_PREFIX-key.json (n -> labels)."""
import json, sys, random
out, seed, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
pool = {}
for spec in specs:
    label, path = spec.split('=', 1)
    d = json.load(open(path))
    titles = {a['id']: a['title'] for a in d['articles']}
    for f in d['facts']:
        for q in f['quiz']:
            key = (q['type'], q['prompt'], q['answer'], tuple(sorted(q.get('choices') or [])))
            if key not in pool:
                item = {
                    'type': q['type'], 'prompt': q['prompt'], 'answer': q['answer'],
                    'choices': q.get('choices'), 'claim': q.get('claim'),
                    'articles': f['articleIds'],
                    'evidence': [e['text'] for e in f['evidence']],
                    'context': titles.get(f['articleIds'][0]),
                }
                if f.get('conflicts'): item['conflicts'] = f['conflicts']
                pool[key] = (item, [])
            if label not in pool[key][1]: pool[key][1].append(label)
items = list(pool.values())
random.Random(seed).shuffle(items)
packet, key = [], {}
for n, (item, labels) in enumerate(items, 1):
    packet.append({'n': n, **{k: v for k, v in item.items() if v is not None}})
    key[str(n)] = labels
json.dump(packet, open(out + '-items.json', 'w'), indent=1, ensure_ascii=False)
json.dump(key, open(out + '-key.json', 'w'), indent=1)
from collections import Counter
print(len(packet), 'items', Counter(tuple(v) for v in key.values()))
