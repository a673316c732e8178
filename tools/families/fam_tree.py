"""Family 'tree with past values and per-year triplets': area > strategic
objective > Outcome > indicator rows in one table, past values in their own
columns, then Risultato / Target / % repeated per year, and a source column."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_tree.py'
LEVELS = {'Area': 'area', 'Obiettivo strategico': 'strategic', 'Outcome': 'operational'}


def build(case, set_, producer, org, years, past, tree, opts, layout, variations, faults=(),
          ylab=str, plab=str, title=None, src_first=False, level_col=True, src_label='Fonte'):
    """past: list of baseline years; years: years with a triplet; tree: nested dicts."""
    t = Truth(org, years)
    h1 = ([C('Livello', rs=2)] if level_col else []) + [C('Codice', rs=2), C('Descrizione', rs=2)]
    if src_first: h1.append(C(src_label, rs=2))
    h1 += [C(plab(y), rs=2) for y in past]
    h1 += [C(ylab(y), cs=3, al='center') for y in years]
    if not src_first: h1.append(C(src_label, rs=2))
    h2 = []
    for y in years:
        h2 += ['Risultato', 'Target', '%']
    body = []
    ncol = len(h1) - len(years) + 3 * len(years)

    def walk(n, parent, depth):
        lab = n['lvl']
        if lab == 'Indicatore':
            row = ([lab] if level_col else []) + [n['code'], n['name']]
            if src_first: row.append(n['src'])
            row += n['past']
            for r, tg, p in n['trip']:
                row += [r, tg, p]
            if not src_first: row.append(n['src'])
            body.append(row)
            t.ind(parent, n['name'], code=n['code'], unit=n['unit'],
                  baselines=[(y, v) for y, v in zip(past, n['past']) if v],
                  targets=[(y, tr[1]) for y, tr in zip(years, n['trip']) if tr[1]],
                  results=[(y, tr[0]) for y, tr in zip(years, n['trip']) if tr[0]],
                  achievement=[(y, tr[2]) for y, tr in zip(years, n['trip']) if tr[2]],
                  notes=n.get('notes', []))
            return
        bold = depth < 2
        row = ([C(lab, b=bold)] if level_col else []) + [C(n['code'], b=bold),
                                                         C(n['title'], cs=ncol - (2 if level_col else 1), b=bold)]
        body.append(row)
        t.node(n['code'], LEVELS[lab], n['title'], parent=parent)
        for k in n['kids']:
            walk(k, n['code'], depth + 1)

    for n in tree:
        walk(n, None, 0)
    blocks = [('h', title or '%s – Monitoraggio del piano strategico' % org, 1),
              ('table', [h1, h2], body, {'repeat': True, 'colw': opts.get('colw')})]
    for f in opts.get('notes', []):
        blocks.append(('p', f))
    for f in faults:
        t.finding(*f)
    emit(set_, case, blocks, t, producer, dict(opts, script=SCRIPT), layout, variations)


def I(code, name, unit, past, trip, src, notes=()):
    return dict(lvl='Indicatore', code=code, name=name, unit=unit, past=past, trip=trip, src=src, notes=list(notes))


def case1():
    tree = [dict(lvl='Area', code='D', title='Didattica', kids=[
        dict(lvl='Obiettivo strategico', code='D.1', title='Accrescere l\'attrattività dell\'offerta formativa', kids=[
            dict(lvl='Outcome', code='D.1.1', title='Più immatricolati da fuori regione', kids=[
                I('D.1.1.a', 'Immatricolati residenti fuori regione sul totale', '%', ['18,2%', '19,0%'],
                  [('20,1%', '20,0%', '100%'), ('21,4%', '21,0%', '100%')], 'Anagrafe Nazionale Studenti'),
                I('D.1.1.b', 'Iscritti ai corsi di laurea magistrale con titolo estero', 'N.', ['112', '130'],
                  [('141', '140', '100%'), ('150', '160', '94%')], 'Banca dati interna')]),
            dict(lvl='Outcome', code='D.1.2', title='Carriere più regolari', kids=[
                I('D.1.2.a', 'Abbandoni dopo il primo anno', '%', ['14,5%', '13,8%'],
                  [('13,0%', '<= 13,5%', '100%'), ('12,9%', '<= 12,5%', '97%')], 'Cruscotto ANVUR')])])]),
        dict(lvl='Area', code='R', title='Ricerca', kids=[
            dict(lvl='Obiettivo strategico', code='R.1', title='Migliorare la qualità della produzione scientifica', kids=[
                dict(lvl='Outcome', code='R.1.1', title='Pubblicazioni su sedi di rilievo internazionale', kids=[
                    I('R.1.1.a', 'Prodotti in riviste di fascia A sul totale', '%', ['41%', '43%'],
                      [('45%', '44%', '100%'), ('46%', '46%', '100%')], 'Catalogo IRIS')])])])]
    build('fam-tree-chromium-1', 'tuned', 'chromium', 'Università degli Studi di Castelferro', [2024, 2025], [2022, 2023], tree,
          dict(ruled=True, size=7.5, landscape=True, colw=['8%', '6%', '28%', '6%', '6%'] + ['5.5%'] * 6 + ['13%'],
               notes=['Valori passati riferiti all\'anno accademico; risultati e target riferiti all\'anno solare.']),
          """Landscape A4, Chromium, one ruled table with a two-row header: `Livello | Codice | Descrizione | a.a. 2022/2023 |
a.a. 2023/2024 | 2024 (Risultato, Target, %) | 2025 (Risultato, Target, %) | Fonte`. Rows form a tree, the level named in
the first column: `Area` (D, R) > `Obiettivo strategico` (D.1) > `Outcome` (D.1.1) > `Indicatore` (D.1.1.a). Tree rows carry
only code and title (spanning the value columns). Past values `a.a. 2022/2023` and `a.a. 2023/2024` are baselines of 2022 and
2023 (the academic year is mapped to its first calendar year). Truth levels: Area = `area`, Obiettivo strategico =
`strategic`, Outcome = `operational`; indicators belong to the Outcome.""",
          ['two-row header with year groups spanning three columns', 'explicit level column', 'source column last',
           'academic-year past values', '7.5 pt landscape'],
          title='Università degli Studi di Castelferro – Monitoraggio del piano strategico 2024-2025',
          plab=lambda y: 'a.a. %d/%d' % (y, y + 1))


def case2():
    tree = [dict(lvl='Area', code='A', title='Prevenzione collettiva e sanità pubblica', kids=[
        dict(lvl='Obiettivo strategico', code='A1', title='Aumentare le coperture vaccinali nell\'età evolutiva', kids=[
            dict(lvl='Outcome', code='A1.1', title='Riduzione dei ritardi nelle vaccinazioni obbligatorie', kids=[
                I('A1.1.1', 'Copertura a 24 mesi per esavalente', '%', ['93,1%', '94,0%'],
                  [('95,2%', '95,0%', '100%'), ('95,6%', '95,5%', '100%')], 'Anagrafe vaccinale regionale'),
                I('A1.1.2', 'Solleciti inviati entro 30 giorni dalla scadenza', '%', ['70%', '78%'],
                  [('80%', '90%', '100%'), ('91%', '90%', '100%')], 'Sistema informativo vaccinale')])])]),
        dict(lvl='Area', code='B', title='Assistenza distrettuale', kids=[
            dict(lvl='Obiettivo strategico', code='B1', title='Rafforzare l\'assistenza domiciliare integrata', kids=[
                dict(lvl='Outcome', code='B1.1', title='Più anziani assistiti a casa', kids=[
                    I('B1.1.1', 'Ultra65enni in assistenza domiciliare', '%', ['6,1%', '6,8%'],
                      [('7,4%', '7,0%', '100%'), ('7,9%', '8,0%', '98,8%')], 'Flusso SIAD'),
                    I('B1.1.2', 'Prese in carico entro 3 giorni dalla dimissione', 'N.', ['410', '455'],
                      [('502', '480', '100%'), ('530', '520', '100%')], 'Flusso SIAD')])])])]
    build('fam-tree-lo-2', 'tuned', 'lo', 'Azienda Sanitaria Territoriale Colli Orientali', [2024, 2025], [2022, 2023], tree,
          dict(ruled=True, size=8, landscape=True, widths=[16, 8, 44, 9, 9] + [9] * 6 + [22], font='Liberation Sans Narrow'),
          """Landscape A4 printed by LibreOffice from a workbook. Two-row header: `Livello | Codice | Descrizione | 2022 | 2023 |
2024 (Risultato, Target, %) | 2025 (Risultato, Target, %) | Fonte`, the year groups merged over three columns. Tree rows:
`Area` (A) > `Obiettivo strategico` (A1) > `Outcome` (A1.1) > `Indicatore` (A1.1.1). Past values 2022 and 2023 are baselines.
Truth levels as in fam-tree-chromium-1.""",
          ['past values in calendar years', 'Liberation Sans Narrow 8 pt', 'merged header cells from the workbook'],
          faults=[('achievement.mismatch', 'A1.1.2', '2024: result 80% against target 90% (higher is better) gives 88,9%, but 100% is printed')],
          title='Azienda Sanitaria Territoriale Colli Orientali – Piano della performance: monitoraggio 2024-2025')


def case3():
    tree = [dict(lvl='Obiettivo strategico', code='OS.1', title='Rendere più efficaci i servizi di orientamento in ingresso', kids=[
        dict(lvl='Outcome', code='OS.1.1', title='Scelte consapevoli del corso di studio', kids=[
            I('OS.1.1.a', 'Studenti che cambiano corso entro il primo anno', '%', ['9,8%'],
              [('9,1%', '≤ 9,5%', '100%'), ('', '≤ 9,0%', '')], 'Segreteria studenti'),
            I('OS.1.1.b', 'Tutor di orientamento attivati', 'N.', ['7'],
              [('10*', '≥ 9', '100%'), ('', '≥ 8', '')], 'Ufficio orientamento',
              notes=['* dato provvisorio al 30 settembre'])]),
        dict(lvl='Outcome', code='OS.1.2', title='Servizi di tutorato diffusi', kids=[
            I('OS.1.2.a', 'Corsi di studio con tutor disciplinari', '%', ['55%'],
              [('61%', '≥ 60%', '100%'), ('', '≥ 70%', '')], 'Rilevazione presso i dipartimenti')])])]
    build('fam-tree-chromium-3', 'heldout', 'chromium', 'Politecnico di Valmarina', [2024, 2025], [2023], tree,
          dict(ruled=False, size=8, landscape=False, font='DejaVu Sans',
               css='thead th{border-bottom:0.8pt solid #000} tbody tr:nth-child(even) td{background:#f4f4f4}',
               notes=['* dato provvisorio al 30 settembre']),
          """Portrait A4, Chromium, borderless with zebra rows. No level column: the level is only in the code depth
(`OS.1` strategic > `OS.1.1` Outcome > `OS.1.1.a` indicator). Header: `Codice | Descrizione | Fonte dei dati | a.a. 2023/2024 |
a.a. 2024/2025 (Risultato, Target, %) | a.a. 2025/2026 (Risultato, Target, %)`: the source column comes BEFORE the values,
and the triplets are academic years (mapped to their first calendar year: 2024, 2025). The a.a. 2025/2026 triplet has
targets only. A footnote mark: OS.1.1.b's 2024 result prints `10*` (raw kept with the star) and the note
`* dato provvisorio al 30 settembre` is printed under the table (truth keeps it in the indicator's `notes`). Truth levels: Obiettivo strategico = `strategic`, Outcome = `operational`.""",
          ['no level column, borderless zebra', 'source column before the values', 'academic-year triplets', 'Unicode operators in targets',
           'future year with targets only', 'footnote under the table'],
          faults=[('target.declining', 'OS.1.1.b', 'targets ≥ 9 (2024) then ≥ 8 (2025) get easier'),
                  ('target.unambitious', 'OS.1.1.b', 'target 2025 ≥ 8 is below the latest value reached, 10 in 2024')],
          ylab=lambda y: 'a.a. %d/%d' % (y, y + 1), plab=lambda y: 'a.a. %d/%d' % (y, y + 1),
          src_first=True, level_col=False, src_label='Fonte dei dati',
          title='Politecnico di Valmarina – Piano strategico di ateneo: stato di avanzamento')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3']:
        globals()['case' + w]()
