"""Family 'flat table per responsibility centre': one table, the centre and the
objective spanning their indicator rows; no weights; one target year."""
import sys
from common import Truth, emit, C, it_money

SCRIPT = 'fam_flat.py'


def build(case, set_, producer, org, years, cdrs, cols, opts, layout, variations, faults=(),
          merge=True, total_label='Totale risorse finanziarie', total_delta=0, money=dict(sign=True), title=None):
    t = Truth(org, years)
    blocks = [('h', title or '%s – Obiettivi dei centri di responsabilità – anno %d' % (org, years[0]), 1)]
    hdr = [[c[1] for c in cols]]
    body = []
    total = 0
    for cdr in cdrs:
        nrows = sum(len(o['inds']) for o in cdr['objs'])
        first_c = True
        for o in cdr['objs']:
            res = it_money(o['res'], **money)
            total += o['res']
            t.node(None, 'operational', o['title'], resources=[res], owners=[cdr['name']])
            first_o = True
            for i in o['inds']:
                row = []
                for key, _ in cols:
                    if key == 'cdr':
                        if merge:
                            if first_c: row.append(C(cdr['name'], rs=nrows))
                        else:
                            row.append(cdr['name'])
                    elif key in ('obj', 'res'):
                        v = o['title'] if key == 'obj' else res
                        if merge:
                            if first_o: row.append(C(v, rs=len(o['inds'])))
                        else:
                            row.append(v)
                    elif key in ('t0', 't1', 't2'):
                        row.append(i['t'][int(key[1:])])
                    else:
                        row.append(i[key])
                body.append(row)
                first_c = first_o = False
                t.ind(o['title'], i['name'], type=i['type'], unit=i['unit_norm'],
                      targets=list(zip(years, i['t'])), owners=[])
    ptotal = it_money(total + total_delta, **money)
    ncols = len(cols)
    ri = [k for k, _ in cols].index('res')
    tot = [C(total_label, cs=ri, b=True), C(ptotal, b=True)] + ([C('', cs=ncols - ri - 1)] if ncols - ri - 1 else [])
    body.append(tot)
    t.resources_total = ptotal
    blocks.append(('table', hdr, body, {'repeat': True}))
    for f in faults:
        t.finding(*f)
    emit(set_, case, blocks, t, producer, dict(opts, script=SCRIPT), layout, variations)


def case1():
    cols = [('cdr', 'Centro di responsabilità'), ('obj', 'Descrizione obiettivo'), ('res', 'Risorse finanziarie'),
            ('name', 'Indicatori'), ('type', 'Tipologia indicatore'), ('unit', 'unità di misura'), ('t0', 'Target 2026')]
    cdrs = [
        dict(name='Direzione generale per le politiche del turismo', objs=[
            dict(title='Sostenere la destagionalizzazione dei flussi turistici nelle aree interne', res=1_250_000_00,
                 inds=[dict(name='Progetti regionali cofinanziati', type='Realizzazione fisica', unit='numero', unit_norm='N.', t=['= 45']),
                       dict(name='Quota di risorse erogate entro l\'anno', type='Realizzazione finanziaria', unit='percentuale', unit_norm='%', t=['=90%'])]),
            dict(title='Rafforzare il sistema informativo statistico sull\'offerta ricettiva', res=310_500_00,
                 inds=[dict(name='Strutture ricettive censite nella banca dati', type='Risultato', unit='numero', unit_norm='N.', t=['= 45.000'])])]),
        dict(name='Direzione generale della promozione del patrimonio', objs=[
            dict(title='Ampliare la partecipazione alle iniziative culturali gratuite', res=2_040_000_00,
                 inds=[dict(name='Visitatori nelle giornate a ingresso libero', type='Impatto', unit='numero', unit_norm='N.', t=['=120.000']),
                       dict(name='Gradimento espresso dai visitatori', type='Qualità', unit='percentuale', unit_norm='%', t=['> 95%']),
                       dict(name='Iniziative realizzate in comuni sotto i 5.000 abitanti', type='Realizzazione fisica', unit='numero', unit_norm='N.', t=['= 30'])])]),
    ]
    build('fam-flat-lo-1', 'tuned', 'lo', 'Ministero del Turismo e dei Beni Paesaggistici', [2026], cdrs, cols,
          dict(ruled=True, size=9, widths=[24, 38, 16, 32, 18, 12, 11], landscape=True),
          """Landscape A4, one ruled table printed by LibreOffice: `Centro di responsabilità | Descrizione obiettivo |
Risorse finanziarie | Indicatori | Tipologia indicatore | unità di misura | Target 2026`. The centre cell spans all its
rows, the objective and its resources span the objective's indicator rows (merged cells). No weights, no codes.
A last row `Totale risorse finanziarie` prints the grand total (correct). Truth convention: each objective is an
`operational` node without code, owners = [the centre], parent null; indicators point at the objective's title.""",
          ['ruled with merged (row-spanning) cells', 'targets `= 45`, `=90%`, `= 45.000`, `=120.000`, `> 95%`',
           'units in words (`numero`, `percentuale`)', 'money as `€ 1.250.000,00`'])


def case2():
    cols = [('cdr', 'Centro di responsabilità'), ('obj', 'Descrizione obiettivo'), ('name', 'Indicatori'),
            ('type', 'Tipologia'), ('unit', 'U.M.'), ('t0', 'Target 2026'), ('res', 'Risorse finanziarie (euro)')]
    cdrs = [
        dict(name='Servizio Politiche Abitative', objs=[
            dict(title='Assegnare gli alloggi di edilizia residenziale pubblica resisi disponibili', res=840_000_00,
                 inds=[dict(name='Alloggi assegnati sul totale dei disponibili', type='Efficacia', unit='%', unit_norm='%', t=['=85%']),
                       dict(name='Tempo medio tra disponibilità e consegna delle chiavi', type='Efficienza', unit='gg', unit_norm='gg', t=['<= 60'])])]),
        dict(name='Servizio Mobilità Sostenibile', objs=[
            dict(title='Estendere la rete ciclabile urbana', res=1_620_250_00,
                 inds=[dict(name='Nuovi chilometri di pista ciclabile', type='Volume', unit='km', unit_norm='km', t=['= 12'])]),
            dict(title='Rinnovare la flotta del trasporto pubblico locale', res=3_900_000_00,
                 inds=[dict(name='Autobus a basse emissioni consegnati', type='Volume', unit='N.', unit_norm='N.', t=['= 18']),
                       dict(name='Età media della flotta', type='Efficacia', unit='anni', unit_norm='anni', t=['< 9'])])]),
    ]
    build('fam-flat-chromium-2', 'tuned', 'chromium', 'Comune di Porto Serpentino', [2026], cdrs, cols,
          dict(ruled=False, size=9, font='Liberation Serif', header_bg_borderless=False),
          """Portrait A4, Chromium, one borderless table (only a rule under the header):
`Centro di responsabilità | Descrizione obiettivo | Indicatori | Tipologia | U.M. | Target 2026 | Risorse finanziarie (euro)`,
the resources column last. Centre and objective cells span their rows (rowspan). No weights, no codes. Last row
`Totale risorse finanziarie` with the printed grand total. Truth convention as in fam-flat-lo-1.""",
          ['borderless, serif', 'resources as the last column, amounts without currency sign', 'units `km`, `anni` as printed'],
          faults=[('resources.sum', 'Totale risorse finanziarie',
                   'objective resources sum to 6.360.250,00 but the total prints 6.630.250,00')],
          total_delta=270_000_00, money={})


def case3():
    cols = [('cdr', 'CdR'), ('obj', 'Obiettivo'), ('res', 'Stanziamento'), ('name', 'Indicatore'),
            ('type', 'Tipologia'), ('unit', 'unità di misura'), ('t0', 'Target 2026'), ('t1', 'Target 2027')]
    cdrs = [
        dict(name='Dipartimento per la Formazione Professionale', objs=[
            dict(title='Finanziare percorsi di qualificazione per disoccupati di lunga durata', res=5_600_000_00,
                 inds=[dict(name='Partecipanti che concludono il percorso', type='Risultato', unit='%', unit_norm='%', t=['=70%', '=75%']),
                       dict(name='Corsi avviati', type='Realizzazione fisica', unit='numero', unit_norm='N.', t=['= 140', '= 150'])])]),
        dict(name='Dipartimento per le Politiche Giovanili', objs=[
            dict(title='Attivare tirocini extracurricolari presso imprese del territorio', res=1_180_400_00,
                 inds=[dict(name='Tirocini attivati', type='Realizzazione fisica', unit='numero', unit_norm='N.', t=['= 1.200', '= 1.300'])]),
            dict(title='Aprire sportelli di orientamento nei centri per l\'impiego', res=450_000_00,
                 inds=[dict(name='Sportelli aperti', type='Realizzazione fisica', unit='numero', unit_norm='N.', t=['= 12', '= 20']),
                       dict(name='Utenti orientati', type='Risultato', unit='numero', unit_norm='N.', t=['= 8.000', '= 9.500'])])]),
    ]
    build('fam-flat-xlsx-3', 'heldout', 'xlsx', 'Regione Alta Marca', [2026, 2027], cdrs, cols,
          dict(ruled=True, size=10, widths=[30, 40, 16, 30, 18, 14, 11, 11], sheet='Obiettivi CdR'),
          """Workbook kept as .xlsx, one sheet `Obiettivi CdR`. Title in row 1. One table
`CdR | Obiettivo | Stanziamento | Indicatore | Tipologia | unità di misura | Target 2026 | Target 2027` with the centre,
objective and allocation written again on every indicator row (no merged cells). Two target years. Final row
`Totale stanziamenti` with the grand total (correct). All cells are text. Truth convention as in the tuned cases
(objective nodes without code, owners = [centre]); objective rows repeated per indicator are one node.""",
          ['.xlsx kept', 'no merged cells: centre/objective/resources repeated on every row', 'abbreviated header `CdR`',
           'two target years', 'money as `€ 5.600.000,00`'],
          merge=False, total_label='Totale stanziamenti')


def case4():
    """Centres as full-width heading rows instead of a column; portrait, page break between centres."""
    y = [2026]
    t = Truth('Ministero dell\'Artigianato e delle Professioni', y)
    cdrs = [
        ('Centro di responsabilità 1 – Segretariato generale', [
            ('Coordinare l\'attuazione del programma di semplificazione normativa', 96_400_00, [
                ('Schemi di provvedimento istruiti', 'Realizzazione fisica', 'numero', 'N.', '= 25'),
                ('Pareri resi entro 20 giorni', 'Risultato', 'percentuale', '%', '=90%')])]),
        ('Centro di responsabilità 2 – Direzione generale per l\'artigianato', [
            ('Sostenere l\'accesso al credito delle imprese artigiane', 12_500_000_00, [
                ('Garanzie concesse dal fondo', 'Realizzazione finanziaria', 'euro', 'EUR', '=120.000.000'),
                ('Imprese beneficiarie', 'Risultato', 'numero', 'N.', '= 4.200')]),
            ('Promuovere i mestieri tradizionali nelle scuole', 780_000_00, [
                ('Istituti coinvolti', 'Realizzazione fisica', 'numero', 'N.', '= 150')])]),
        ('Centro di responsabilità 3 – Direzione generale delle professioni', [
            ('Vigilare sugli ordini professionali', 210_000_00, [
                ('Ispezioni sugli ordini territoriali', 'Realizzazione fisica', 'numero', 'N.', '= 40'),
                ('Relazione annuale al Parlamento', 'Risultato', 'data', 'date', '30/06/2026')])]),
    ]
    blocks = [('h', 'Ministero dell\'Artigianato e delle Professioni\nNota integrativa – Obiettivi per centro di responsabilità – anno 2026', 1)]
    total = 0
    for k, (cdr, objs) in enumerate(cdrs):
        if k:
            blocks.append(('pb',))
        body = []
        for title, res, inds in objs:
            total += res
            r = it_money(res, sign=True)
            t.node(None, 'operational', title, resources=[r], owners=[cdr.split(' – ', 1)[1]])
            for j, (name, typ, um, un, tg) in enumerate(inds):
                row = [C(title, rs=len(inds)), C(r, rs=len(inds))] if j == 0 else []
                row += [name, typ, um, tg]
                body.append(row)
                t.ind(title, name, type=typ, unit=un, targets=[(2026, tg)])
        blocks.append(('h', cdr, 2))
        blocks.append(('table', [['Descrizione obiettivo', 'Risorse finanziarie', 'Indicatori', 'Tipologia indicatore',
                                   'unità di misura', 'Target 2026']], body, {}))
    t.resources_total = it_money(total, sign=True)
    blocks.append(('p', 'Totale risorse finanziarie dei centri di responsabilità: ' + t.resources_total))
    emit('heldout', 'fam-flat-lo-4', blocks, t, 'lo',
         dict(script=SCRIPT, ruled=True, size=10, widths=[40, 18, 34, 20, 12, 16], font='Liberation Sans', landscape=False),
         """Portrait A4 printed by LibreOffice, one page per responsibility centre. The centre is a heading line
`Centro di responsabilità 2 – Direzione generale per l'artigianato` above its own ruled table `Descrizione obiettivo | Risorse finanziarie |
Indicatori | Tipologia indicatore | unità di misura | Target 2026` (objective and resources merged over the indicator rows). No weights,
no codes. The grand total is in a sentence after the last table (`Totale risorse finanziarie dei centri di responsabilità: € 13.586.400,00`),
and it is right. Truth: objectives `operational`, owners = [the centre's name after the dash]; indicators point at the objective title.""",
         ['centre as a heading above each table, not a column', 'page break per centre (three pages)', 'total in running text',
          'targets `=120.000.000`, `= 4.200`, a bare date `30/06/2026`'])


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3', '4']:
        globals()['case' + w]()
