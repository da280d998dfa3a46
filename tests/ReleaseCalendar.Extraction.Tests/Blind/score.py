#!/usr/bin/env python3
"""Scores the extract verb on a labelled corpus folder WITHOUT printing any article text: only counts.

usage: dotnet build src/ReleaseCalendar && python3 tests/ReleaseCalendar.Extraction.Tests/Blind/score.py \
           tests/ReleaseCalendar.Extraction.Tests/Blind . [--catalog tests/ReleaseCalendar.Extraction.Tests/Blind/labels.json]
A stopgap until issue #9's scoring tool; scores subject + kind family + date like CorpusTests."""
import json, sys, subprocess, os, collections
folder = sys.argv[1]; repo = sys.argv[2]
labels = json.load(open(os.path.join(folder, 'labels.json')))
def fold(s): return ''.join(ch for ch in s.lower().replace('ё', 'е') if ch.isalnum())
alias = {}
for slug, names in labels['catalog'].items():
    for n in names + [slug]: alias.setdefault(fold(n), slug)
def family(k):
    return {'album':'record','ep':'record','single':'track','ost':'track','mv':'video','drama':'show','episode':'show','film':'film'}.get(k.lower(),'other')
lines = []
for a in labels['articles']:
    text = open(os.path.join(folder, a['file']), encoding='utf-8').read()
    key = 'html' if a['file'].endswith('.html') else 'text'
    lines.append(json.dumps({'id': a['file'], 'published': a['published'], 'lang': a['lang'], key: text}, ensure_ascii=False))
dll = os.path.join(repo, 'artifacts/bin/ReleaseCalendar/debug/ReleaseCalendar.dll')
extra = sys.argv[3:]
out = subprocess.run(['dotnet', dll, 'extract', '--jsonl', '-'] + extra, input='\n'.join(lines), capture_output=True, text=True, cwd=repo)
answers = {}
for l in out.stdout.splitlines():
    if l.strip():
        o = json.loads(l); answers[o['id']] = o.get('releases', [])
tot = collections.Counter()
for a in labels['articles']:
    gold = collections.Counter((r['subject'], family(r['kind']), r['date']) for r in a['releases'])
    got = collections.Counter()
    for r in answers.get(a['file'], []):
        slug = r.get('subjectSlug') or alias.get(fold(r.get('subject', '')), 'unknown:' + fold(r.get('subject', '')))
        got[(slug, family(r['kind']), r['date'])] += 1
    tp = sum((gold & got).values())
    for k in (a['lang'], 'all'):
        tot[k+'tp'] += tp; tot[k+'gold'] += sum(gold.values()); tot[k+'got'] += sum(got.values())
for k in ('all', 'ru', 'en'):
    p = tot[k+'tp']/max(1, tot[k+'got']); r = tot[k+'tp']/max(1, tot[k+'gold'])
    f = 2*p*r/max(1e-9, p+r)
    print(f"{k}: precision {p:.2f} recall {r:.2f} F1 {f:.2f} (tp {tot[k+'tp']}, emitted {tot[k+'got']}, labelled {tot[k+'gold']})")
if out.returncode != 0: print('extract exit', out.returncode, out.stderr[-500:])
