#!/usr/bin/env python3
"""One-off review fixes: field replacements on lines identified by their target."""
import os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
# file, target (exact), {field index: new value}
F = [
 ('allergen', 'If you have been told by your doctor that you have an intolerance to some sugars, contact your doctor before taking it.',
  {4: 'It contains lactose, so check with your doctor first if you have been told you cannot tolerate some sugars.', 5: 'lactose',
   8: 'Leaflet excipient warning naming lactose.', 3: 'Sedomil 10 mg tablets'}),
 ('course_lasting', 'A: The benefits tend to stick around: in trials, most people still had fewer headaches a year after stopping.',
  {4: 'A: Their benefit tends to stick around: in trials, most people still had fewer headaches a year after stopping.'}),
 ('course_lasting', "A: The results last a lifetime, because the treated follicles can't regrow.",
  {4: "A: It lasts a lifetime, because the treated follicles can't regrow.", 5: 'lasts a lifetime'}),
 ('course_fading', 'Its effect will wear off after about four hours, so you may need another dose.',
  {4: 'It wears off after about four hours, so you may need another dose.', 5: 'wears off after about four hours'}),
 ('unsafe_for_group', "A: It's best avoided while breastfeeding, as the codeine can pass into your milk.", {2: 'co-codamol'}),
 ('control', 'Were a child to swallow a whole bottle of melatonin gummies, the pharmacist should be called at once.',
  {4: 'Were a child to swallow a whole bottle of melatonin gummies, you should ring a poisons line straight away.'}),
 ('control', 'What is Pollenex used for?', {1: 'br'}),
 ('control', 'Swallow the tablets whole with a glass of water.', {1: 'ca'}),
 ('control', 'It binds to the acid pumps in the cells that line the stomach.', {1: 'pr'}),
 ('control', 'Your doctor may also prescribe a laxative, which can cause stomach cramps.', {1: 'ca'}),
 ('control', 'Flu itself can cause muscle aches, a high temperature and exhaustion.', {1: 'ge'}),
]
for f, tgt, ch in F:
    p = os.path.join(D, f + '.txt')
    lines = open(p, encoding='utf-8').read().split('\n')
    hits = [i for i, l in enumerate(lines) if not l.startswith('#') and len(l.split('|')) > 4 and l.split('|')[4] == tgt]
    if len(hits) != 1:
        print('NOT FOUND', f, tgt); continue
    parts = lines[hits[0]].split('|')
    for k, v in ch.items(): parts[k] = v
    lines[hits[0]] = '|'.join(parts)
    open(p, 'w', encoding='utf-8').write('\n'.join(lines))
print('done')
