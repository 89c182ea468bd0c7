"""Reproduce the seeded pick of the held-out records (run with plain python3, no policytrends).

Usage: python3 tests/heldout/select_heldout.py [SHARED]   (default /work/shared)
"""
import json, random, re, os, glob
import xml.etree.ElementTree as ET
import sys
S=sys.argv[1] if len(sys.argv) > 1 else '/work/shared'
dev=[json.loads(l) for f in glob.glob(S+'/gold/dev_*.jsonl') for l in open(f) if l.strip()]
devpaths={d['path'] for d in dev if not d.get('item')}
devitems={d['item'] for d in dev if d.get('item')}
rng=random.Random(20261126)
# White House
wh=sorted(os.path.relpath(p,S) for p in glob.glob(S+'/corpus/wh_briefings/**/*.md',recursive=True))
wh=[p for p in wh if p not in devpaths]
meet_re=re.compile(r'readout-of.*(call|meeting)-with-(president|prime-minister|chancellor|king|crown-prince|emir|sultan|his-majesty|taoiseach)')
nonmeet_re=re.compile(r'(statement|remarks|fact-sheet)')
A=[p for p in wh if meet_re.search(os.path.basename(p))]
B=[p for p in wh if 'readout' not in os.path.basename(p) and nonmeet_re.search(os.path.basename(p))]
print('pool A',len(A),'pool B',len(B))
byyear={}
for p in A: byyear.setdefault(os.path.basename(p)[:4],[]).append(p)
print({y:len(v) for y,v in sorted(byyear.items())})
years=sorted(byyear)
picksA=[]
# 11 meetings spread over years round-robin
i=0
while len(picksA)<11:
    y=years[i%len(years)]; i+=1
    c=[p for p in byyear[y] if p not in picksA]
    if c: picksA.append(rng.choice(c))
picksB=rng.sample(B,4)
# State
snaps=sorted(glob.glob(S+'/corpus/state_dept_pr_rss/snapshots/*/data.rss'))
first={}
for s in snaps:
    root=ET.parse(s).getroot()
    for it in root.iter('item'):
        g=it.findtext('guid'); t=it.findtext('title')
        if g not in first: first[g]=(os.path.relpath(s,S),t)
items=sorted(g for g in first if g not in devitems)
sm=re.compile(r'(Meeting With|Meeting with|Call With|Call with|Meets? |Calls? [Ww]ith|Trilateral|Bilateral)')
C=[g for g in items if sm.search(first[g][1] or '') and 'Remarks' not in first[g][1] and 'Press Availability' not in first[g][1]]
D=[g for g in items if g not in C]
print('state pool meet',len(C),'non',len(D))
picksC=rng.sample(C,10); picksD=rng.sample(D,5)
out=[]
for p in picksA: out.append(('whitehouse',p,None,'meet-pool'))
for p in picksB: out.append(('whitehouse',p,None,'non-pool'))
for g in picksC: out.append(('state',first[g][0],g,'meet-pool: '+first[g][1]))
for g in picksD: out.append(('state',first[g][0],g,'non-pool: '+first[g][1]))

for o in out: print(o)
