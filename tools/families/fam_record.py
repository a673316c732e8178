"""Family 'record blocks': each objective a block of label/value rows, then one
label/value block per indicator."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_record.py'


def build(case, set_, producer, org, period, objs, labels, opts, layout, variations, faults=()):
    y0 = period[0]
    t = Truth(org, period)
    blocks = [('h', '%s\nPiano della performance %d-%d - Schede obiettivo' % (org, period[0], period[-1]), 1)]
    first = True
    for o in objs:
        if not first and opts.get('break_per_obj'):
            blocks.append(('pb',))
        first = False
        rows = [(labels['code'], o['code']), (labels['title'], o['title'])]
        if o.get('descr'):
            rows.append((labels['descr'], o['descr']))
        rows += [(labels['mission'], o['mission']), (labels['programme'], o['programme']),
                 (labels['res'], o['res'])]
        if o.get('res2'):
            rows.append((labels['res2'], o['res2']))
        blocks.append(('h', labels['objhead'] % o['code'], 2))
        blocks.append(('kv', rows, {'lspan': opts.get('lspan', 2)}))
        t.node(o['code'], o.get('level', 'strategic'), o['title'], description=o.get('descr'),
               resources=[o['res']] + ([o['res2']] if o.get('res2') else []), mission=o['mission'].split()[0], programme=o['programme'].split()[0])
        for k, i in enumerate(o['inds'], 1):
            r = [(labels['ind'], i['name'])]
            if i.get('code'):
                r.insert(0, (labels['indcode'], i['code']))
            r += [(labels['type'], i['type']), (labels['unit'], i['unit']),
                  (labels['formula'], i['formula']), (labels['weight'], i['weight']),
                  (labels['base'], i['base'])]
            for n, tg in enumerate(i['targets']):
                r.append((labels['targets'][n], tg))
            blocks.append(('h', labels['indhead'] % k, 3))
            blocks.append(('kv', r, {'lspan': opts.get('lspan', 2)}))
            t.ind(o['code'], i['name'], code=i.get('code'), formula=i['formula'],
                  variables=i.get('vars', []), unit=i['unit_norm'], type=i['type'],
                  weight=i['weight'], baselines=[(y0 - 1, i['base'])],
                  targets=list(zip(period, i['targets'])))
    for f in faults:
        t.finding(*f)
    emit(set_, case, blocks, t, producer, dict(opts, script=SCRIPT), layout, variations)


L1 = dict(code='Codice', title='Obiettivo', descr='Descrizione', mission='Missione',
          programme='Programma', res='Risorse a preventivo primo anno',
          res2='Risorse a preventivo secondo anno', objhead='Obiettivo %s',
          ind='Indicatore', indcode='Codice indicatore', type='Tipologia', unit='Unità di misura',
          formula='Algoritmo di calcolo', weight='Peso indicatore',
          base="Target conseguito nell'esercizio precedente",
          targets=['Target primo anno', 'Target secondo anno', 'Target terzo anno'],
          indhead='Indicatore n. %d')


def case1():
    objs = [
        dict(code='13.5', title='Rafforzare il presidio dei bacini idrografici minori attraverso il monitoraggio continuo delle portate',
             descr="L'obiettivo mira a estendere la rete di stazioni di misura ai corsi d'acqua secondari e a rendere pubblici i dati con cadenza settimanale.",
             mission='018 – Sviluppo sostenibile e tutela del territorio e dell\'ambiente',
             programme='012 – Tutela e gestione delle risorse idriche',
             res='€ 179.220.000,00', res2='€ 181.004.500,00',
             inds=[dict(name='Stazioni di misura attive sui bacini minori', type='Indicatore di realizzazione fisica',
                        unit='Numero', unit_norm='N.', formula='Somma delle stazioni di misura in esercizio al 31 dicembre',
                        weight='50%', base='412', targets=['>= 430', '>= 455', '>= 480']),
                   dict(name='Tempestività di pubblicazione dei bollettini', type='Indicatore di risultato (output)',
                        unit='Percentuale', unit_norm='%',
                        formula='Bollettini pubblicati entro 7 giorni / bollettini previsti * 100',
                        weight='50%', base='88%', targets=['maggiore di 75,00%', 'maggiore di 80,00%', 'maggiore di 85,00%'])]),
        dict(code='13.6', title='Ridurre le perdite delle reti acquedottistiche nei comuni sotto i 5.000 abitanti',
             mission='018 – Sviluppo sostenibile e tutela del territorio e dell\'ambiente',
             programme='012 – Tutela e gestione delle risorse idriche',
             res='€ 35.267.438,00',
             inds=[dict(name='Progetti di efficientamento finanziati', type='Indicatore di realizzazione finanziaria',
                        unit='Euro', unit_norm='EUR', formula='Importo dei decreti di finanziamento emanati nell\'anno',
                        weight='40%', base='€ 4.321.772,00', targets=['€ 5.000.000,00', '€ 6.000.000,00', '€ 6.500.000,00']),
                   dict(name='Comuni beneficiari con perdite misurate', type='Indicatore di risultato (output)',
                        unit='Percentuale', unit_norm='%',
                        formula='Comuni con bilancio idrico certificato / comuni beneficiari * 100',
                        weight='35%', base='61%', targets=['Maggiore o uguale al 65%', 'Maggiore o uguale al 70%', 'Maggiore o uguale al 75%']),
                   dict(name='Tempo medio di istruttoria delle domande', type='Indicatore di efficienza',
                        unit='Giorni', unit_norm='gg', formula='Somma dei giorni di istruttoria / domande istruite',
                        weight='25%', base='41', targets=['<= 40', '<= 35', '<= 30'])]),
    ]
    build('fam-record-chromium-1', 'tuned', 'chromium', 'Ministero delle Reti Idriche e dei Bacini', [2026, 2027, 2028],
          objs, L1, dict(ruled=True, font='Liberation Sans', size=9),
          """Portrait A4. A title prints the body and the period (`Piano della performance 2026-2028`).
Each objective is a heading `Obiettivo <code>` followed by a ruled two-column label/value table
(`Codice`, `Obiettivo`, `Descrizione` (first objective only), `Missione` `018 – …`, `Programma` `012 – …`,
`Risorse a preventivo primo anno`, and for the first objective also `Risorse a preventivo secondo anno`).
Then one heading `Indicatore n. k` and one label/value table per indicator: `Indicatore`, `Tipologia`,
`Unità di misura`, `Algoritmo di calcolo`, `Peso indicatore`, `Target conseguito nell'esercizio precedente`
(baseline, taken as 2025), `Target primo/secondo/terzo anno` (= 2026/2027/2028).
Objectives are level `strategic`; both resource rows of 13.5 are in truth `resources` (first year, then second year).""",
          ['ruled label/value tables, shaded label column', 'targets as `>= 430`, `maggiore di 75,00%`, `Maggiore o uguale al 65%`, `€ 5.000.000,00`, `<= 40`',
           'units in words (`Numero`, `Percentuale`, `Euro`, `Giorni`)', 'algorithms in words (no measure codes: variables empty)'])


def case2():
    L = dict(L1, title='Denominazione obiettivo', res='Risorse finanziarie a preventivo primo anno',
             objhead='Scheda obiettivo %s', indhead='Indicatore %d', indcode='Codice indicatore')
    mis = '032 – Servizi istituzionali e generali delle amministrazioni pubbliche'
    objs = [
        dict(code='04', title='Digitalizzare i procedimenti autorizzativi rivolti alle imprese di trasporto',
             mission='013 – Diritto alla mobilità e sviluppo dei sistemi di trasporto',
             programme='006 – Autotrasporto ed intermodalità', res='4.321.772,00',
             inds=[dict(code='IND_04_01', name='Istanze presentate in modalità telematica', type='Indicatore di risultato (output)',
                        unit='%', unit_norm='%', formula='N_IST_TEL / N_IST_TOT', vars=['N_IST_TEL', 'N_IST_TOT'],
                        weight='60%', base='72%', targets=['>= 80%', '>= 85%', '>= 90%']),
                   dict(code='IND_04_02', name='Tempo medio di rilascio delle autorizzazioni', type='Indicatore di efficienza',
                        unit='gg', unit_norm='gg', formula='GG_RIL / N_AUT', vars=['GG_RIL', 'N_AUT'],
                        weight='30%', base='34 gg', targets=['<= 30 gg', '<= 28 gg', '<= 25 gg'])]),
        dict(code='05', title='Migliorare la qualità dei controlli sulle officine di revisione',
             mission='013 – Diritto alla mobilità e sviluppo dei sistemi di trasporto',
             programme='001 – Sviluppo e sicurezza della mobilità stradale', res='1.809.550,00',
             inds=[dict(code='IND_05_01', name='Ispezioni svolte sulle officine autorizzate', type='Indicatore di realizzazione fisica',
                        unit='N.', unit_norm='N.', formula='N_ISP', vars=['N_ISP'],
                        weight='100%', base='1.273', targets=['>= 1.300', '>= 1.350', '>= 1.400'])]),
        dict(code='06', title='Contenere i tempi di pagamento delle fatture commerciali', mission=mis,
             programme='003 – Servizi e affari generali per le amministrazioni di competenza', res='612.000,00',
             inds=[dict(code='IND_06_01', name='Indicatore di tempestività dei pagamenti', type='Indicatore di efficienza',
                        unit='gg', unit_norm='gg', formula='ITP', vars=['ITP'],
                        weight='100%', base='-3', targets=['<= 0', '<= 0', '<= 0'])]),
    ]
    build('fam-record-lo-2', 'tuned', 'lo', 'Ministero dei Trasporti Interni e della Logistica', [2026, 2027, 2028],
          objs, L, dict(ruled=False, font='Liberation Serif', size=10, widths=[22, 22, 60], lspan=2),
          """Portrait A4, one worksheet printed by LibreOffice. Title with the period (2026-2028).
Each objective: a heading `Scheda obiettivo <code>` then label/value rows (labels merged over two columns,
values in the third): `Codice` (`04`), `Denominazione obiettivo`, `Missione`, `Programma`,
`Risorse finanziarie a preventivo primo anno` (bare amount `4.321.772,00`).
One block per indicator under `Indicatore k`: `Codice indicatore`, `Indicatore`, `Tipologia`, `Unità di misura`,
`Algoritmo di calcolo` (over measure codes), `Peso indicatore`, `Target conseguito nell'esercizio precedente`
(baseline 2025), `Target primo/secondo/terzo anno` (2026/2027/2028). Objectives are level `strategic`.""",
          ['borderless (no rules, no shading for the values)', 'serif font 10 pt', 'indicator codes printed',
           'algorithms over measure codes', 'amounts without currency sign'],
          faults=[('weight.sum', '04', 'indicator weights of objective 04 sum to 90% (60% + 30%)')])


def case3():
    L = dict(code='CODICE', title='OBIETTIVO SPECIFICO', descr='DESCRIZIONE', mission='MISSIONE',
             programme='PROGRAMMA', res='RISORSE A PREVENTIVO PRIMO ANNO (euro)', objhead='OBIETTIVO SPECIFICO %s',
             ind='DENOMINAZIONE INDICATORE', indcode='COD.', type='TIPOLOGIA', unit='UNITÀ DI MISURA',
             formula='METODO DI CALCOLO', weight='PESO', base='VALORE CONSEGUITO ANNO PRECEDENTE',
             targets=['TARGET 2026', 'TARGET 2027', 'TARGET 2028'], indhead='— indicatore %d')
    objs = [
        dict(code='OB.2.1', level='operational', title='Potenziare le verifiche ispettive sulla sicurezza nei cantieri temporanei',
             descr='Programmare e svolgere campagne ispettive mirate nei territori con maggiore incidenza di infortuni gravi nel settore edile.',
             mission='012 – Regolazione dei mercati', programme='004 – Vigilanza sui mercati e sui prodotti',
             res='2.740.118,40',
             inds=[dict(name='Cantieri ispezionati', type='Realizzazione fisica', unit='N.', unit_norm='N.',
                        formula='Conteggio dei verbali di accesso chiusi', weight='45,5', base='2.950',
                        targets=['maggiore o uguale a 3.000', 'maggiore o uguale a 2.800', 'maggiore o uguale a 2.600']),
                   dict(name='Ispezioni concluse con esito entro 60 giorni', type='Efficacia', unit='%', unit_norm='%',
                        formula='Ispezioni chiuse entro 60 giorni / ispezioni avviate', weight='54,5', base='dato in aggiornamento',
                        targets=['> 95%', '> 95%', '> 96%'])]),
        dict(code='OB.2.2', level='operational', title='Semplificare la comunicazione telematica delle notifiche preliminari',
             mission='012 – Regolazione dei mercati', programme='004 – Vigilanza sui mercati e sui prodotti',
             res='390.000,00',
             inds=[dict(name='Data di rilascio del nuovo modulo unico', type='Realizzazione fisica', unit='data', unit_norm='date',
                        formula='Data di messa in esercizio', weight='100', base='–',
                        targets=['31.12.2026', '–', '–'])]),
    ]
    build('fam-record-chromium-3', 'heldout', 'chromium', "Agenzia Nazionale per la Sicurezza nei Cantieri", [2026, 2027, 2028],
          objs, L, dict(ruled=True, font='DejaVu Serif', size=8.5, break_per_obj=True, kv_label_width='38%', kv_bg='#fff2cc'),
          """Portrait A4, one objective per page. Title prints the body and `Piano della performance 2026-2028`.
Objective block (ruled label/value table, labels in capitals): `CODICE` (`OB.2.1`), `OBIETTIVO SPECIFICO`, `DESCRIZIONE`,
`MISSIONE`, `PROGRAMMA`, `RISORSE A PREVENTIVO PRIMO ANNO (euro)`. Each indicator under a small heading `— indicatore k`:
`DENOMINAZIONE INDICATORE`, `TIPOLOGIA`, `UNITÀ DI MISURA`, `METODO DI CALCOLO`, `PESO` (bare numbers with decimal comma,
`45,5` + `54,5`, and `100`, no % sign), `VALORE CONSEGUITO ANNO PRECEDENTE` (baseline 2025), `TARGET 2026/2027/2028` (calendar years this time).
Objectives are level `operational`.""",
          ['labels in capitals and other wording (`METODO DI CALCOLO`, `VALORE CONSEGUITO ANNO PRECEDENTE`)',
           'targets labelled with calendar years', 'weights as bare decimals without % (`45,5`, `54,5`)', 'DejaVu Serif 8.5 pt, page break per objective',
           'baseline `dato in aggiornamento` and `–`; date target `31.12.2026` with `–` for later years'],
          faults=[('target.declining', 'Cantieri ispezionati', 'targets 3.000, 2.800, 2.600 get easier each year (>=)')])


def case4():
    """Workbook kept: label/value pairs two per row, no merged objective blocks, a wrong grand total."""
    from common import it_money
    period = [2026, 2027, 2028]
    org = 'Agenzia Nazionale per la Sicurezza Stradale'
    t = Truth(org, period)
    M = '007 – Ordine pubblico e sicurezza'
    objs = [
        ('01010601', 'Ridurre la mortalità sulle strade extraurbane secondarie', 145_000_000, '001 – Sicurezza della circolazione stradale', [
            ('Interventi di messa in sicurezza dei tratti ad alto rischio', 'Realizzazione fisica', 'N.', 'N.', 'somma degli interventi collaudati',
             '50%', '38', ['>= 45', '>= 55', '>= 65']),
            ('Vittime sui tratti oggetto di intervento rispetto al triennio precedente', 'Impatto', '%', '%', '(vittime anno n / media vittime triennio) x 100',
             '50%', '94%', ['<= 90%', '<= 85%', '<= 80%'])]),
        ('01010602', 'Estendere i controlli automatici della velocità', 62_050_000, '001 – Sicurezza della circolazione stradale', [
            ('Postazioni di controllo omologate attive', 'Realizzazione fisica', 'N.', 'N.', 'conteggio al 31/12',
             '100%', '1.020', ['>= 1.100', '>= 1.180', '>= 1.250'])]),
        ('01010603', 'Promuovere l\'educazione stradale nelle scuole secondarie', 30_000_000, '002 – Educazione e prevenzione', [
            ('Studenti raggiunti dai percorsi formativi', 'Risultato', 'N.', 'N.', 'somma dei partecipanti registrati',
             '60%', '35.267', ['>= 38.000', '>= 40.000', '>= 42.000']),
            ('Scuole aderenti sul totale delle scuole secondarie', 'Efficacia', '%', '%', 'scuole aderenti / scuole secondarie',
             '40%', '21%', ['>= 25%', '>= 30%', '>= 35%'])]),
    ]
    B = lambda x: C(x, b=True, bg='#F2F2F2')
    blocks = [('h', org + ' – Piano della performance 2026-2028 – Schede di programmazione', 1)]
    total = 0
    for code, title, res, prog, inds in objs:
        total += res
        r = it_money(res, sign=True)
        rows = [[B('Codice obiettivo'), code, B('Missione'), M],
                [B('Obiettivo'), C(title, cs=3)],
                [B('Programma'), prog, B('Risorse a preventivo primo anno'), r]]
        t.node(code, 'operational', title, resources=[r], mission='007', programme=prog.split()[0])
        for name, typ, um, un, alg, w, base, tg in inds:
            rows += [[B('Indicatore'), C(name, cs=3)],
                     [B('Tipologia'), typ, B('Unità di misura'), um],
                     [B('Algoritmo di calcolo'), C(alg, cs=3)],
                     [B('Peso indicatore'), w, B("Target conseguito nell'esercizio precedente"), base],
                     [B('Target primo anno'), tg[0], B('Target secondo anno'), tg[1]],
                     [B('Target terzo anno'), tg[2], '', '']]
            t.ind(code, name, formula=alg, unit=un, type=typ, weight=w, baselines=[(2025, base)],
                  targets=list(zip(period, tg)))
        blocks.append(('table', [], rows, {'gap': 2}))
    printed = total + 36_000_000
    t.resources_total = it_money(printed, sign=True)
    blocks.append(('table', [], [[B('Totale risorse a preventivo primo anno'), C(t.resources_total, cs=3, b=True)]], {}))
    t.finding('resources.sum', 'Totale risorse a preventivo primo anno',
              'objective resources sum to %s but the total prints %s' % (it_money(total, sign=True), t.resources_total))
    emit('heldout', 'fam-record-xlsx-4', blocks, t, 'xlsx',
         dict(script=SCRIPT, ruled=True, size=10, widths=[30, 44, 34, 30], sheet='Schede 2026-2028'),
         """Workbook kept as .xlsx, sheet `Schede 2026-2028`, title with the period. Each objective is a ruled block of four columns holding
TWO label/value pairs per row (`Codice obiettivo | 01010601 | Missione | 007 – …`, `Programma | … | Risorse a preventivo primo anno | € …`),
long values merged over three columns (`Obiettivo`, `Indicatore`, `Algoritmo di calcolo`). Indicator rows follow inside the same block:
`Tipologia | … | Unità di misura | …`, `Peso indicatore | 50% | Target conseguito nell'esercizio precedente | 38`, `Target primo anno | … |
Target secondo anno | …`, `Target terzo anno | …`. Blocks are separated by two empty rows. A final row prints the grand total of the
first-year resources. Truth: objectives `operational` with 8-digit codes, mission `007`; baselines 2025; ordinal years 2026-2028.""",
         ['.xlsx kept', 'two label/value pairs per row', 'indicators inside the objective block (no sub-headings)', '8-digit codes',
          'grand total row'])


if __name__ == '__main__':
    which = sys.argv[1:] or ['1', '2', '3', '4']
    for w in which:
        globals()['case' + w]()
