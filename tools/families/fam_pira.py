"""Family 'PIRA with all years in one cell': objectives grouped under Missione /
Programma heading rows; the target cell holds every year (`Anno 2026: >= 90%
Anno 2027: ...`)."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_pira.py'


def build(case, set_, producer, org, years, groups, cols, opts, layout, variations, faults=(),
          fmt_year='Anno {y}: {v}', joiner='\n', title=None, base_year=None):
    t = Truth(org, years)
    blocks = [('h', title or '%s\nPiano degli indicatori e dei risultati attesi di bilancio (PIRA) %d-%d'
               % (org, years[0], years[-1]), 1)]
    n = len(cols)
    hdr = [[c[1] for c in cols]]
    body = []
    for g in groups:
        body.append([C('MISSIONE %s - %s' % (g['m'], g['mname']), cs=n, b=True, bg='#eeeeee')])
        body.append([C('PROGRAMMA %s - %s' % (g['p'], g['pname']), cs=n, b=True)])
        for o in g['objs']:
            t.node(o['code'], 'strategic', o['title'], mission=g['m'], programme=g['p'],
                   resources=[o['res']] if o.get('res') else [])
            first = True
            for i in o['inds']:
                row = []
                for k, _ in cols:
                    if k == 'obj':
                        if first: row.append(C(o['code'] + ' - ' + o['title'], rs=len(o['inds'])))
                    elif k == 'res':
                        if first: row.append(C(o.get('res', ''), rs=len(o['inds'])))
                    elif k == 'target':
                        row.append(joiner.join(fmt_year.format(y=y, v=v) for y, v in i['t']))
                    else:
                        row.append(i.get(k, ''))
                body.append(row)
                first = False
                t.ind(o['code'], i['name'], code=i.get('code'), description=i.get('descr'),
                      formula=i.get('formula'), variables=i.get('vars', []), unit=i.get('unit_norm'),
                      type=i.get('type'), baselines=[(base_year, i['base'])] if i.get('base') else [],
                      targets=list(i['t']))
    blocks.append(('table', hdr, body, {'repeat': True, 'colw': opts.get('colw')}))
    for f in faults:
        t.finding(*f)
    emit(set_, case, blocks, t, producer, dict(opts, script=SCRIPT), layout, variations)


def case1():
    cols = [('obj', 'Obiettivo'), ('code', 'Codice'), ('name', 'Indicatore'), ('formula', 'Algoritmo'),
            ('type', 'Tipologia'), ('unit', 'Unità di misura'), ('base', 'Valore di riferimento 2025'), ('target', 'Target')]
    groups = [
        dict(m='011', mname='Competitività e sviluppo delle imprese', p='005',
             pname='Promozione e attuazione di politiche di sviluppo, competitività e innovazione', objs=[
                 dict(code='OS1', title='Accompagnare le imprese nella transizione digitale e green', inds=[
                     dict(code='KPI_D01', name='Imprese assistite dal punto impresa digitale', formula='N_IMP_PID / N_IMP_ATT',
                          vars=['N_IMP_PID', 'N_IMP_ATT'], type='Efficacia', unit='%', unit_norm='%', base='0,82%',
                          t=[(2026, '>= 0,90%'), (2027, '>= 0,95%'), (2028, '>= 1,00%')]),
                     dict(code='KPI_D02', name='Voucher liquidati entro 60 giorni', formula='VOU_60 / VOU_LIQ',
                          vars=['VOU_60', 'VOU_LIQ'], type='Efficienza', unit='%', unit_norm='%', base='88%',
                          t=[(2026, '>= 90%'), (2027, '>= 95%'), (2028, '>= 100%')])]),
                 dict(code='OS2', title='Valorizzare le filiere agroalimentari locali sui mercati esteri', inds=[
                     dict(code='KPI_E01', name='Imprese partecipanti a missioni estere', formula='N_IMP_MIS',
                          vars=['N_IMP_MIS'], type='Volume', unit='N.', unit_norm='N.', base='74',
                          t=[(2026, '>= 80'), (2027, '>= 85'), (2028, '>= 90')])])]),
        dict(m='032', mname='Servizi istituzionali e generali delle amministrazioni pubbliche', p='004',
             pname='Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche', objs=[
                 dict(code='OS3', title='Garantire la solidità economica e patrimoniale dell\'ente', inds=[
                     dict(code='EC12', name='Indice di equilibrio strutturale', formula='(PROV_STR - ON_STR) / PROV_STR',
                          vars=['PROV_STR', 'ON_STR'], type='Salute economica', unit='%', unit_norm='%', base='9,4%',
                          t=[(2026, '>= 10%'), (2027, '>= 10%'), (2028, '>= 10%')]),
                     dict(code='EC15', name='Tempi medi di pagamento', formula='GG_PAG / N_FATT',
                          vars=['GG_PAG', 'N_FATT'], type='Efficienza', unit='gg', unit_norm='gg', base='27 gg',
                          t=[(2026, '<= 25 gg'), (2027, '<= 25 gg'), (2028, '<= 25 gg')])])]),
    ]
    build('fam-pira-chromium-1', 'tuned', 'chromium', 'Camera di Commercio di Montefeltro e Conca', [2026, 2027, 2028],
          groups, cols, dict(ruled=True, size=8, landscape=True, css='td:last-child{white-space:nowrap}'),
          """Landscape A4, one ruled table with a repeated header: `Obiettivo | Codice | Indicatore | Algoritmo | Tipologia |
Unità di misura | Valore di riferimento 2025 | Target`. Full-width heading rows `MISSIONE 011 - …` and `PROGRAMMA 005 - …`
group the objectives; the objective cell (`OS1 - title`) spans its indicator rows. The target cell holds the three
years on three lines: `Anno 2026: >= 0,90%` / `Anno 2027: …` / `Anno 2028: …`; truth has one target per year with the
year's part as raw. Baseline year 2025 from the header. Objectives are level `strategic` with mission/programme.""",
          ['ruled, landscape, 8 pt', 'all years in one cell, one line per year', 'measure-code formulas'], base_year=2025)


def case2():
    cols = [('obj', 'Obiettivo strategico'), ('res', 'Risorse 2026 (euro)'), ('name', 'Indicatore'), ('descr', 'Descrizione'),
            ('type', 'Tipo'), ('unit', 'U.M.'), ('target', 'Target triennio')]
    groups = [
        dict(m='025', mname='Politiche previdenziali', p='003', pname='Previdenza obbligatoria e complementare', objs=[
            dict(code='17', title='Ridurre i tempi di liquidazione delle prestazioni pensionistiche ai marittimi', res='35.267.438',
                 inds=[dict(name='Pensioni liquidate entro 30 giorni dalla cessazione', descr='Quota delle domande definite entro 30 giorni',
                            type='Risultato (outcome)', unit='%', unit_norm='%', t=[(2026, '>= 85%'), (2027, '>= 88%'), (2028, '>= 90%')]),
                       dict(name='Giacenza delle domande a fine anno', descr='Domande non definite al 31/12',
                            type='Realizzazione fisica', unit='numero', unit_norm='N.', t=[(2026, '<= 1.500'), (2027, '<= 1.200')])]),
            dict(code='18', title='Recuperare i crediti contributivi delle imprese armatrici', res='4.321.772',
                 inds=[dict(name='Crediti incassati sul totale accertato', descr='Importi incassati / importi accertati',
                            type='Realizzazione finanziaria', unit='%', unit_norm='%', t=[(2026, '> 60%'), (2027, '> 62%'), (2028, '> 65%')])])]),
        dict(m='032', mname='Servizi istituzionali e generali delle amministrazioni pubbliche', p='002',
             pname='Indirizzo politico', objs=[
                 dict(code='19', title='Attuare il piano triennale per la prevenzione della corruzione', res='179.220',
                      inds=[dict(name='Misure di prevenzione attuate', descr='Misure attuate / misure programmate',
                                 type='Realizzazione fisica', unit='%', unit_norm='%', t=[(2026, '= 100%'), (2027, '= 100%'), (2028, '= 100%')])])]),
    ]
    build('fam-pira-lo-2', 'tuned', 'lo', 'Istituto Nazionale per la Previdenza Marittima', [2026, 2027, 2028],
          groups, cols, dict(ruled=True, size=9, widths=[30, 12, 30, 30, 16, 8, 22], landscape=True, font='DejaVu Sans'),
          """Landscape A4 printed by LibreOffice. One ruled table: `Obiettivo strategico | Risorse 2026 (euro) | Indicatore |
Descrizione | Tipo | U.M. | Target triennio`. Heading rows `MISSIONE 025 - …`, `PROGRAMMA 003 - …` span the width; objective
(`17 - title`) and resources cells are merged over the indicator rows. The target cell lists `Anno 2026: >= 85%` etc. on separate
lines. No baselines. Objectives are level `strategic` (codes `17`, `18`, `19`).""",
          ['resources column next to the objective (bare amounts `35.267.438`)', 'description column instead of a formula',
           'DejaVu Sans'],
          faults=[('target.missing', 'Giacenza delle domande a fine anno',
                   'the target cell gives 2026 and 2027 only: no target for 2028, a year the plan covers')])


def case3():
    cols = [('code', 'Cod.'), ('name', 'Indicatore'), ('unit', 'Unità'), ('target', 'Valori target'),
            ('base', 'Ultimo valore rilevato (2025)'), ('type', 'Tipologia'), ('obj', 'Obiettivo')]
    groups = [
        dict(m='017', mname='Ricerca e innovazione', p='022', pname='Ricerca scientifica e tecnologica di base e applicata', objs=[
            dict(code='R.A.2.1a', title='Aumentare la capacità di attrarre finanziamenti competitivi per la ricerca', inds=[
                dict(code='RIC_01', name='Progetti finanziati su bandi europei', type='Risultato', unit='N.', unit_norm='N.', base='11',
                     t=[(2026, '≥ 12'), (2027, '≥ 14'), (2028, '≥ 16')]),
                dict(code='RIC_02', name='Tempo medio di rendicontazione dei progetti', type='Efficienza', unit='gg', unit_norm='gg', base='27',
                     t=[(2026, '≤ 20'), (2027, '≤ 22'), (2028, '≤ 25')])]),
            dict(code='R.A.2.1b', title='Valorizzare i risultati della ricerca presso le imprese', inds=[
                dict(code='RIC_03', name='Brevetti depositati', type='Output', unit='N.', unit_norm='N.', base='4',
                     t=[(2026, '≥ 5'), (2027, '≥ 6'), (2028, '≥ 6')])]),
            dict(code='R.A.2.2a', title='Potenziare le infrastrutture di ricerca condivise con le università', inds=[
                dict(code='RIC_04', name='Ore macchina delle grandi attrezzature messe a disposizione di gruppi esterni', type='Output', unit='ore', unit_norm='ore', base='3.150',
                     t=[(2026, '≥ 3.400'), (2027, '≥ 3.600'), (2028, '≥ 3.800')]),
                dict(code='RIC_05', name='Accordi quadro attivi con atenei e enti di ricerca', type='Risultato', unit='N.', unit_norm='N.', base='22',
                     t=[(2026, '≥ 24'), (2027, '≥ 26'), (2028, '≥ 28')]),
                dict(code='RIC_06', name='Tasso di utilizzo dei laboratori condivisi', type='Efficienza', unit='%', unit_norm='%', base='61%',
                     t=[(2026, '≥ 65%'), (2027, '≥ 70%'), (2028, '≥ 75%')])])]),
        dict(m='032', mname='Servizi istituzionali e generali delle amministrazioni pubbliche', p='003',
             pname='Servizi e affari generali per le amministrazioni di competenza', objs=[
            dict(code='R.B.1.1a', title='Semplificare le procedure di acquisto di beni e servizi per i laboratori', inds=[
                dict(code='AMM_01', name='Tempo medio di aggiudicazione delle procedure sotto soglia', type='Efficienza', unit='gg', unit_norm='gg', base='48',
                     t=[(2026, '≤ 40'), (2027, '≤ 35'), (2028, '≤ 30')]),
                dict(code='AMM_02', name='Acquisti effettuati tramite il mercato elettronico', type='Efficacia', unit='%', unit_norm='%', base='71%',
                     t=[(2026, '≥ 75%'), (2027, '≥ 80%'), (2028, '≥ 85%')])]),
            dict(code='R.B.1.2a', title='Garantire la tempestività dei pagamenti ai fornitori', inds=[
                dict(code='AMM_03', name='Indicatore annuale di tempestività dei pagamenti', type='Efficienza', unit='gg', unit_norm='gg', base='-2',
                     t=[(2026, '≤ -3'), (2027, '≤ -3'), (2028, '≤ -4')])]),
            dict(code='R.B.2.1a', title='Accrescere le competenze digitali del personale tecnico-amministrativo', inds=[
                dict(code='AMM_04', name='Dipendenti che completano il percorso di formazione digitale', type='Efficacia', unit='%', unit_norm='%', base='35%',
                     t=[(2026, '≥ 50%'), (2027, '≥ 70%'), (2028, '≥ 90%')]),
                dict(code='AMM_05', name='Ore medie di formazione per dipendente', type='Output', unit='ore', unit_norm='ore', base='14',
                     t=[(2026, '≥ 16'), (2027, '≥ 18'), (2028, '≥ 20')]),
                dict(code='AMM_06', name='Gradimento dei corsi (scala 1-10)', type='Qualità', unit='N.', unit_norm='N.', base='7,8',
                     t=[(2026, '≥ 8'), (2027, '≥ 8'), (2028, '≥ 8,5')])])]),
    ]
    build('fam-pira-chromium-3', 'heldout', 'chromium', 'Ente Nazionale per la Ricerca sui Materiali', [2026, 2027, 2028],
          groups, cols, dict(ruled=False, size=9.5, font='DejaVu Serif', landscape=False, css='tr{page-break-inside:avoid} tbody td{padding:7pt 4pt}',
                               colw=['9%', '25%', '6%', '24%', '10%', '11%', '15%']),
          """Portrait A4, borderless table (rule under the header only). Columns in another order, the objective last:
`Cod. | Indicatore | Unità | Valori target | Ultimo valore rilevato (2025) | Tipologia | Obiettivo`. Heading rows
`MISSIONE 017 - …`, `PROGRAMMA 022 - …`. The target cell prints the years on one line, Unicode operators, separated by
semicolons: `2026 ≥ 12; 2027 ≥ 14; 2028 ≥ 16` (raw per year: `≥ 12`). The objective cell (`R.A.2.1a - title`) spans
its indicator rows. The table runs over two pages; Chromium repeats the header row on page 2. Objectives are level `strategic`.""",
          ['borderless portrait, serif', 'objective column last', 'years in one line without `Anno`, `;` separated, Unicode ≥ ≤',
           'baseline column titled with its year'],
          faults=[('target.declining', 'RIC_02', 'targets <= 20, <= 22, <= 25 gg get easier each year for a lower-is-better indicator')],
          fmt_year='{y} {v}', joiner='; ', base_year=2025)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3']:
        globals()['case' + w]()
