"""Sanity checks over the family truth files: references resolve, clean flag
matches findings, inputs exist and PDFs have text."""
import json, os, glob, subprocess, sys
from common import OUT

bad = 0
for d in sorted(glob.glob(os.path.join(OUT, '*', 'fam-*'))):
    t = json.load(open(os.path.join(d, 'truth.json')))
    ins = [f for f in os.listdir(d) if f.startswith('input')]
    err = []
    if not ins: err.append('no input')
    for f in ins:
        if f.endswith('.pdf'):
            txt = subprocess.run(['pdftotext', os.path.join(d, f), '-'], capture_output=True, text=True).stdout
            if len(txt.strip()) < 50: err.append('pdf without text')
            # every node title's first words and every target raw must be printed somewhere
            flat = ' '.join(txt.split())
            for n in t['nodes']:
                if ' '.join(n['title'].split()[:3]) not in flat: err.append('title not found: ' + n['title'][:40])
            nows = ''.join(txt.split())
            raws = []
            for x in t['nodes'] + t['indicators']:
                if x.get('weight'): raws.append(x['weight']['raw'])
                for k in ('baselines', 'targets', 'results', 'achievement', 'resources'):
                    raws += [v['raw'] for v in x.get(k, [])]
            for r in raws:
                if ''.join(r.split()) not in nows: err.append('raw not found: ' + r)
    if any(f.endswith('.xlsx') for f in ins):
        import openpyxl
        wb = openpyxl.load_workbook(os.path.join(d, [f for f in ins if f.endswith('.xlsx')][0]))
        cells = ' '.join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
        for x in t['nodes'] + t['indicators']:
            for k in ('baselines', 'targets', 'results'):
                for v in x.get(k, []):
                    if v['raw'] not in cells and not v['raw'].isdigit(): err.append('xlsx raw not found: ' + v['raw'])
    keys = {n['code'] for n in t['nodes']} | {n['title'] for n in t['nodes']}
    for n in t['nodes']:
        if n['parent'] and n['parent'] not in keys: err.append('parent ' + n['parent'])
    for i in t['indicators']:
        if i['node'] not in keys: err.append('ind node ' + str(i['node']))
    if t['clean'] != (not t['expected_findings']): err.append('clean flag')
    if not os.path.exists(os.path.join(d, 'README.md')): err.append('README')
    print('%-45s %-4s nodes=%2d inds=%2d findings=%d %s' % (os.path.relpath(d, OUT), ins[0].split('.')[-1] if ins else '-',
          len(t['nodes']), len(t['indicators']), len(t['expected_findings']), '; '.join(err) or 'ok'))
    bad += bool(err)
sys.exit(1 if bad else 0)
