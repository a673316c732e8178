"""Family 'results list without weights': a report table of objectives and
indicators with target and result (unit only in the header), or a list of
objective codes with their percentage of realisation."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_results.py'


def case1():
    year = 2025
    t = Truth('Università degli Studi di Montebruno', [year])
    objs = [
        ('04', 'Migliorare la regolarità delle carriere degli studenti', [
            ('Iscritti al secondo anno con almeno 40 CFU', '60', '63'),
            ('Laureati entro la durata normale del corso', '55', '52')]),
        ('05', 'Rafforzare l\'internazionalizzazione della didattica', [
            ('Studenti in mobilità Erasmus in uscita sul totale iscritti', '3', '3'),
            ('Corsi di studio erogati in lingua inglese sul totale', '10', '12')]),
        ('06', 'Digitalizzare i servizi di segreteria studenti', [
            ('Pratiche di carriera gestite on line', '100', '100'),
            ('Certificati emessi con firma digitale', '90', '96')]),
    ]
    body = []
    for code, title, inds in objs:
        t.node(code, 'operational', title)
        first = True
        for name, tg, rs in inds:
            row = [C(code + '. ' + title, rs=len(inds))] if first else []
            row += [name, C(tg, al='right'), C(rs, al='right')]
            body.append(row)
            first = False
            t.ind(code, name, unit='%', targets=[(year, tg)], results=[(year, rs)])
    blocks = [('h', 'Università degli Studi di Montebruno\nRelazione sulla performance 2025 - Allegato 2: risultati degli obiettivi operativi', 1),
              ('p', 'Valori espressi in percentuale. Anno di riferimento: 2025.'),
              ('table', [['Obiettivo', 'Indicatore', 'Target %', 'Risultato %']], body, {'repeat': True})]
    emit('tuned', 'fam-results-lo-1', blocks, t, 'lo', dict(script=SCRIPT, ruled=True, size=10, widths=[42, 52, 11, 12]),
         """Portrait A4 printed by LibreOffice, one ruled table `Obiettivo | Indicatore | Target % | Risultato %` under a title
`Relazione sulla performance 2025`. The objective cell (`04. title`, code with a trailing dot) spans its indicator rows.
Target and result cells hold bare numbers (`60`, `63`): the unit `%` is printed only in the header. No weights,
no achievement column. Truth: objectives `operational` with code `04` (dot dropped), indicator unit `%`, targets and
results for 2025 with raw `60`, `63`.""",
         ['unit only in the header', 'codes with a trailing dot (`04.`)', 'numbers right-aligned', 'no weights'], )


def case2():
    year = 2025
    t = Truth('Azienda Ospedaliera Santa Rita di Colle Alto', [year])
    rows = [('1', 'Area della qualità dell\'assistenza', '98,4%', None),
            ('1.1', 'Ridurre le attese per le prestazioni ambulatoriali di classe B', '97,5%', '1'),
            ('1.2', 'Aumentare la quota di dimissioni protette', '99,3%', '1'),
            ('2', 'Area della sostenibilità economica', '90,0%', None),
            ('2.1', 'Contenere la spesa farmaceutica ospedaliera', '96,0%', '2'),
            ('2.2', 'Ridurre le giacenze di magazzino dei dispositivi medici', '100,0%', '2'),
            ('2.3', 'Completare l\'inventario dei beni mobili', '89,0%', '2'),
            ('3', 'Area della trasparenza e dell\'anticorruzione', '100,0%', None),
            ('3.1', 'Pubblicare tempestivamente i dati previsti dalla normativa', '100,0%', '3')]
    body = []
    for code, title, pct, parent in rows:
        top = parent is None
        t.node(code, 'area' if top else 'operational', title, parent=parent, achievement=[(year, pct)])
        body.append([C(code, b=top), C(title, b=top), C(pct, b=top, al='right')])
    blocks = [('h', 'Azienda Ospedaliera Santa Rita di Colle Alto', 1),
              ('h', 'Relazione sulla performance anno 2025 – Grado di raggiungimento degli obiettivi aziendali', 2),
              ('table', [['Codice', 'Descrizione', 'Percentuale di realizzazione']], body,
               {'colw': ['10%', '68%', '22%']})]
    t.finding('achievement.rollup', '2', 'area 2 prints 90,0% but its three objectives average 95,0% (96,0 + 100,0 + 89,0) / 3')
    emit('tuned', 'fam-results-chromium-2', blocks, t, 'chromium', dict(script=SCRIPT, ruled=True, size=10, font='Liberation Sans'),
         """Portrait A4, Chromium. A short ruled list `Codice | Descrizione | Percentuale di realizzazione`: area rows in bold
(`1`, `2`, `3`) followed by their objectives (`1.1`, `1.2`...), each with its realisation (`97,5%`). No indicators,
no weights. Truth: areas level `area`, objectives `operational` with parent the area code; achievement for 2025.""",
         ['objectives-only list, no indicators', 'hierarchy given only by the codes and bold rows', 'achievements with one decimal'])


def case3():
    year = 2025
    t = Truth('Comune di San Leucio Vetere', [year])
    objs = [
        ('1a)', 'Potenziare il servizio di asilo nido comunale', [
            ('Posti disponibili sul totale delle domande', C(70, fmt='0', disp='70'), C(74, fmt='0', disp='74')),
            ('Apertura della sezione primavera entro settembre', 'SI', 'SI')]),
        ('1b)', 'Ridurre l\'evasione della tassa sui rifiuti', [
            ('Avvisi di accertamento emessi sul totale delle posizioni irregolari', C(80, fmt='0', disp='80'), C(85, fmt='0', disp='85')),
            ('Riscossione degli accertamenti emessi', C(50, fmt='0', disp='50'), 'dato in aggiornamento')]),
        ('2a)', 'Aggiornare il piano comunale di protezione civile', [
            ('Approvazione del piano aggiornato', 'Realizzato', 'Realizzato')]),
    ]
    body = []
    for code, title, inds in objs:
        t.node(code.rstrip(')'), 'operational', title)
        for name, tg, rs in inds:
            body.append([code, title, name, rs, tg])
            d = lambda v: v['disp'] if isinstance(v, dict) else v
            t.ind(code.rstrip(')'), name, unit='%' if isinstance(tg, dict) else 'text',
                  targets=[(year, d(tg))], results=[(year, d(rs))])
    blocks = [('h', 'Comune di San Leucio Vetere - Relazione sulla performance 2025 - Risultati', 1),
              ('table', [['Codice', 'Obiettivo operativo', 'Indicatore', 'Risultato %', 'Target %']], body, {})]
    emit('heldout', 'fam-results-xlsx-3', blocks, t, 'xlsx',
         dict(script=SCRIPT, ruled=False, size=10, widths=[8, 40, 48, 13, 11], sheet='Risultati 2025'),
         """Workbook kept as .xlsx, sheet `Risultati 2025`, borderless. One flat table
`Codice | Obiettivo operativo | Indicatore | Risultato % | Target %` with the objective repeated on each indicator row and
the result column BEFORE the target column. Percentages are number cells shown without the sign (`70`, format `0`);
the unit `%` is only in the headers. Some indicators are yes/no or state targets (`SI`, `Realizzato`) and one result
is `dato in aggiornamento`. Codes `1a)`: truth code `1a` (closing parenthesis dropped, as a trailing dot would be).""",
         ['.xlsx kept, number cells for percentages', 'result column before target column', 'codes like `1a)`',
          'objective repeated on every row', 'text results (`SI`, `Realizzato`, `dato in aggiornamento`)'])


def case4():
    year = 2025
    t = Truth('Regione Val Lucente', [year])
    rows = [('01', 'Servizi istituzionali e governance', '95,5%'),
            ('0101', 'Semplificare i rapporti tra la Regione e gli enti locali', '99,0%'),
            ('010101', 'Istituire lo sportello unico per i comuni', '98,0%'),
            ('010102', 'Uniformare la modulistica dei trasferimenti agli enti', '100,0%'),
            ('0102', 'Rafforzare il controllo di gestione', '92,0%'),
            ('010201', 'Adottare il nuovo sistema di contabilità analitica', '92,0%'),
            ('01020101', 'Mappare i centri di costo delle direzioni', '90,0%'),
            ('01020102', 'Formare i referenti del controllo di gestione', '94,0%'),
            ('02', 'Territorio e infrastrutture', '92,0%'),
            ('0201', 'Accelerare la spesa per la difesa del suolo', '92,0%'),
            ('020101', 'Aggiudicare gli interventi finanziati nel 2024', '100,0%'),
            ('020102', 'Completare i collaudi dei cantieri chiusi', '85,0%'),
            ('020103', 'Pubblicare il cronoprogramma degli interventi', '91,0%')]
    lv = {2: 'area', 4: 'strategic', 6: 'operational', 8: 'action'}
    body = []
    for code, title, pct in rows:
        parent = code[:-2] if len(code) > 2 else None
        t.node(code, lv[len(code)], title, parent=parent, achievement=[(year, pct)])
        pad = (len(code) // 2 - 1) * 12
        body.append([C(code), dict(t=title, cs=1, rs=1, b=len(code) == 2, al=None, bg=None), C(pct, al='right')])
        body[-1][1]['pad'] = pad
    css = ''.join('tbody tr:nth-child(%d) td:nth-child(2){padding-left:%dpt}' % (k + 1, (len(c) // 2 - 1) * 12 + 4)
                  for k, (c, _, _) in enumerate(rows))
    blocks = [('h', 'Regione Val Lucente', 1),
              ('p', 'Relazione sulla performance 2025 – Allegato B. Stato di realizzazione degli obiettivi (albero della performance)'),
              ('table', [['Codice', 'Descrizione', 'Percentuale di realizzazione']], body, {'colw': ['14%', '66%', '20%']})]
    emit('heldout', 'fam-results-chromium-4', blocks, t, 'chromium',
         dict(script=SCRIPT, ruled=False, size=10, font='DejaVu Sans Mono', css=css + ' td{border-bottom:0.3pt dotted #999}'),
         """Portrait A4, Chromium, monospaced font, no vertical rules (dotted row separators). A list
`Codice | Descrizione | Percentuale di realizzazione` whose codes grow by two digits per level: `01` area (bold), `0101`
strategic, `010101` operational, `01010101` action; descriptions indented by level. Every row has its realisation
(`95,5%`); each parent's percentage is the plain mean of its children's (no weights), consistent everywhere.
Truth: levels area/strategic/operational/action by code length, parent = the code without its last two digits.""",
         ['hierarchy encoded in fixed-width digit codes (`01010601`-style)', 'indentation instead of level labels',
          'monospaced font, borderless with dotted separators', 'four levels'])


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3', '4']:
        globals()['case' + w]()
