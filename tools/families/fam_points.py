"""Family 'weights in points': areas or objectives weighed in points (`peso 30
punti`, `1 PUNTO`), summing to a printed total of 100 (or 10, 40)."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_points.py'


def case1():
    y = 2026
    t = Truth('Comune di Rocca Sant\'Elmo', [y])
    areas = [
        ('1', 'Servizi alla persona e alla famiglia', '30 punti', [
            ('1.1', 'Ampliare l\'orario di apertura della biblioteca civica', [
                ('Ore settimanali di apertura', '>= 40 ore', 'ore'),
                ('Prestiti annui', '>= 12.000', 'N.')]),
            ('1.2', 'Attivare il servizio di trasporto sociale per anziani soli', [
                ('Avvio del servizio', 'entro il 30/06/2026', 'date')])]),
        ('2', 'Territorio, ambiente e mobilità', '45 punti', [
            ('2.1', 'Aumentare la raccolta differenziata', [
                ('Percentuale di raccolta differenziata', '>= 72%', '%')]),
            ('2.2', 'Completare il censimento del verde pubblico', [
                ('Alberature censite sul totale stimato', '100%', '%')])]),
        ('3', 'Macchina comunale e bilancio', '25 punti', [
            ('3.1', 'Ridurre i tempi di pagamento dei fornitori', [
                ('Indicatore annuale di tempestività dei pagamenti', '<= 0 gg', 'gg')])]),
    ]
    body = []
    for ac, at, pts, objs in areas:
        t.node(ac, 'area', at, weight=pts)
        body.append([C('AREA %s – %s' % (ac, at), cs=3, b=True, bg='#e2efda'), C(pts, b=True, bg='#e2efda', al='right')])
        for oc, ot, inds in objs:
            t.node(oc, 'operational', ot, parent=ac)
            first = True
            for name, tg, u in inds:
                row = [C(oc + ' ' + ot, rs=len(inds))] if first else []
                row += [name, tg, '']
                body.append(row)
                first = False
                t.ind(oc, name, unit=u, targets=[(y, tg)])
    body.append([C('TOTALE', cs=3, b=True), C('100 punti', b=True, al='right')])
    blocks = [('h', 'Comune di Rocca Sant\'Elmo\nPiano della performance 2026 – Obiettivi di performance organizzativa', 1),
              ('table', [['Obiettivo', 'Indicatore', 'Target 2026', 'Peso']], body, {'repeat': True})]
    emit('tuned', 'fam-points-lo-1', blocks, t, 'lo', dict(script=SCRIPT, ruled=True, size=10, widths=[46, 44, 20, 12]),
         """Portrait A4 printed by LibreOffice. One ruled table `Obiettivo | Indicatore | Target 2026 | Peso`. Green full-width area
rows `AREA 1 – title` carry the area weight in points in the `Peso` column (`30 punti`, `45 punti`, `25 punti`); objectives
(`1.1 title`, merged over their indicator rows) and indicators have no weight. A final row `TOTALE` prints `100 punti`
(the areas do sum to 100). Truth: areas level `area` with weight raw `30 punti`, objectives `operational`.""",
         ['weights in points on area rows only', 'printed total of points', 'targets with units in words (`>= 40 ore`)'])


def case2():
    y = 2026
    t = Truth('Agenzia Regionale per la Protezione dei Suoli', [y])
    secs = [
        ('A', 'OBIETTIVI INDIVIDUALI', '40 punti', [
            ('A.1', 'Predisporre il regolamento sul campionamento dei terreni agricoli', '15 punti', 'Trasmissione della bozza al Direttore generale', 'entro il 30.09.2026'),
            ('A.2', 'Ridurre i tempi di refertazione delle analisi', '10 punti', 'Giorni medi tra campione e referto', '<= 21 gg'),
            ('A.3', 'Formare il personale tecnico sulle nuove metodiche', '10 punti', 'Tecnici formati sul totale', '>= 80%')]),
        ('B', 'OBIETTIVI DI STRUTTURA', '60 punti', [
            ('B.1', 'Completare la mappatura dei siti contaminati di competenza', '30 punti', 'Siti mappati sul totale censito', '100%'),
            ('B.2', 'Pubblicare il rapporto annuale sullo stato dei suoli', '20 punti', 'Pubblicazione sul sito istituzionale', 'entro il 31.12.2026'),
            ('B.3', 'Garantire l\'aggiornamento della sezione Amministrazione trasparente', '10 punti', 'Sottosezioni aggiornate nei termini', '= 100%')]),
    ]
    blocks = [('h', 'Agenzia Regionale per la Protezione dei Suoli', 1),
              ('h', 'Scheda di assegnazione degli obiettivi – Dirigente del Servizio Laboratori – anno 2026', 2),
              ('p', 'Valutatore: Direttore generale. Punteggio massimo conseguibile: 100 punti.')]
    for sc, st, pts, objs in secs:
        t.node(sc, 'area', st, weight=pts, owners=['Servizio Laboratori'])
        body = []
        for oc, ot, opts_, iname, tg in objs:
            t.node(oc, 'operational', ot, parent=sc, weight=opts_)
            body.append([oc, '%s (peso %s)' % (ot, opts_), iname, tg])
            u = '%' if '%' in tg else 'gg' if 'gg' in tg else 'date'
            t.ind(oc, iname, unit=u, targets=[(y, tg)])
        blocks.append(('h', '%s – %s – max %s' % (sc, st, pts), 3))
        blocks.append(('table', [['N.', 'Obiettivo', 'Indicatore', 'Risultato atteso 2026']], body,
                       {'colw': ['6%', '44%', '30%', '20%']}))
    blocks.append(('p', 'Totale punteggio obiettivi: 100 punti'))
    t.finding('weight.sum', 'A', 'objectives of section A weigh 15 + 10 + 10 = 35 punti against the printed 40 punti')
    emit('tuned', 'fam-points-chromium-2', blocks, t, 'chromium', dict(script=SCRIPT, ruled=True, size=9.5, font='Liberation Serif'),
         """Portrait A4, Chromium: an individual assignment form for one manager. Two sections, each a heading
`A – OBIETTIVI INDIVIDUALI – max 40 punti` and a ruled table `N. | Obiettivo | Indicatore | Risultato atteso 2026`; the weight
is inside the objective cell, `title (peso 15 punti)` (truth weight raw `15 punti`). A closing line prints the total 100 punti.
Truth: sections are `area` nodes with weight raw `40 punti`/`60 punti` (owners = the service), objectives `operational`.""",
         ['weight inline in the objective text `(peso 15 punti)`', 'section maxima in headings', 'one indicator per objective',
          'serif font', 'date targets `entro il 30.09.2026`'])


def case3():
    y = 2026
    t = Truth('Consorzio di Bonifica della Piana del Sirente', [y])
    objs = [
        ('OB.1', 'Manutenzione ordinaria della rete di canali', 'area tecnica', '4 PUNTI', [
            ('Km di canali sfalciati', '>= 180 km', '2 PUNTI'), ('Interventi urgenti chiusi entro 48 ore', '>= 90%', '1 PUNTO'),
            ('Segnalazioni evase', '>= 95%', '1 PUNTO')]),
        ('OB.2', 'Riscossione del contributo consortile', 'area amministrativa', '3 PUNTI', [
            ('Avvisi di pagamento emessi entro aprile', '100%', '1 PUNTO'), ('Riscossione in conto competenza', '>= 85%', '2 PUNTI')]),
        ('OB.3', 'Sicurezza idraulica e protezione civile', 'area tecnica', '3 PUNTI', [
            ('Esercitazioni con i comuni del comprensorio', '>= 2', '1 PUNTO'), ('Aggiornamento del piano di emergenza delle casse di espansione', 'entro il 31/10/2026', '2 PUNTI')]),
    ]
    body = []
    for oc, ot, area, pts, inds in objs:
        t.node(oc, 'operational', ot, weight=pts, owners=[area])
        first = True
        for name, tg, ip in inds:
            row = [C(oc, rs=len(inds)), C(ot, rs=len(inds)), C(area, rs=len(inds)), C(pts, rs=len(inds))] if first else []
            row += [name, tg, ip]
            body.append(row)
            first = False
            u = '%' if '%' in tg else 'km' if 'km' in tg else 'date' if '/' in tg else 'N.'
            t.ind(oc, name, unit=u, weight=ip, targets=[(y, tg)])
    body.append([C('Totale', cs=3, b=True), C('10 PUNTI', b=True), '', '', ''])
    blocks = [('h', 'Consorzio di Bonifica della Piana del Sirente – Obiettivi 2026 (scala 10 punti)', 1),
              ('table', [['Cod.', 'Obiettivo', 'Struttura', 'Punti obiettivo', 'Indicatore', 'Target 2026', 'Punti indicatore']], body, {})]
    emit('heldout', 'fam-points-xlsx-3', blocks, t, 'xlsx',
         dict(script=SCRIPT, ruled=True, size=10, widths=[8, 36, 18, 12, 44, 20, 14], sheet='Obiettivi 2026'),
         """Workbook kept as .xlsx, sheet `Obiettivi 2026`. One table `Cod. | Obiettivo | Struttura | Punti obiettivo | Indicatore |
Target 2026 | Punti indicatore` with the objective cells merged over their indicator rows. Points on a 10-point scale in
capitals: objectives `4 PUNTI`, `3 PUNTI` (sum 10, printed `Totale 10 PUNTI`), indicators `2 PUNTI`, `1 PUNTO`, summing to
their objective's points. Truth: objectives `operational` with owners = the Struttura; indicator weights raw `1 PUNTO`.""",
         ['.xlsx kept with merged cells', 'scale of 10 points', 'points at two levels (objective and indicator)',
          'singular `1 PUNTO`'])


def case4():
    y = 2026
    t = Truth('Camera di Commercio delle Valli Orientali', [y])
    areas = [
        ('AS1', 'Competitività delle imprese', '12 punti', [
            ('OP1.1', 'Erogare i contributi per la doppia transizione', '6 punti', 'Domande liquidate entro 90 giorni', '>= 85%', '%'),
            ('OP1.2', 'Organizzare incontri di orientamento all\'export', '4 punti', 'Incontri realizzati', '>= 12', 'N.'),
            ('OP1.3', 'Aggiornare l\'osservatorio economico provinciale', '2 punti', 'Pubblicazione del rapporto', 'entro il 31/05/2026', 'date')]),
        ('AS2', 'Registro imprese e regolazione del mercato', '10 punti', [
            ('OP2.1', 'Ridurre i tempi di evasione delle pratiche', '5 punti', 'Pratiche evase entro 5 giorni', '>= 90%', '%'),
            ('OP2.2', 'Cancellare d\'ufficio le imprese non operative', '3 punti', 'Posizioni istruite', '>= 400', 'N.'),
            ('OP2.3', 'Gestire le conciliazioni in materia di consumo', '1 punto', 'Procedure concluse entro 60 giorni', '>= 80%', '%')]),
        ('AS3', 'Efficienza e sostenibilità dell\'ente', '18 punti', [
            ('OP3.1', 'Contenere i costi di funzionamento', '8 punti', 'Oneri di funzionamento rispetto al 2025', '<= 100%', '%'),
            ('OP3.2', 'Migliorare la riscossione del diritto annuale', '6 punti', 'Diritto annuale riscosso sul dovuto', '>= 78%', '%'),
            ('OP3.3', 'Attuare il piano di formazione del personale', '4 punti', 'Ore di formazione pro capite', '>= 24', 'N.')]),
    ]
    body = []
    for ac, at, ap, objs in areas:
        t.node(ac, 'strategic', at, weight=ap)
        for k, (oc, ot, op, iname, tg, u) in enumerate(objs):
            row = [C(ac + ' ' + at, rs=len(objs)), C(ap, rs=len(objs), al='center')] if k == 0 else []
            row += [oc, ot, C(op, al='center'), iname, tg]
            body.append(row)
            t.node(oc, 'operational', ot, parent=ac, weight=op)
            t.ind(oc, iname, unit=u, targets=[(y, tg)])
    body.append([C('Totale performance organizzativa', cs=1, b=True), C('40 punti', b=True, al='center'), C('', cs=5)])
    blocks = [('h', 'Camera di Commercio delle Valli Orientali', 1),
              ('h', 'Piano della performance 2026 – Performance organizzativa (40 punti su 100)', 2),
              ('table', [['Area strategica', 'Punti area', 'Cod.', 'Obiettivo operativo', 'Punti', 'Indicatore', 'Valore atteso 2026']], body, {})]
    t.finding('weight.sum', 'AS2', 'objectives of AS2 weigh 5 + 3 + 1 = 9 punti, the area prints 10 punti')
    emit('heldout', 'fam-points-lo-4', blocks, t, 'lo',
         dict(script=SCRIPT, ruled=True, size=9, widths=[22, 9, 7, 36, 8, 32, 17], landscape=True, font='Liberation Sans Narrow'),
         """Landscape A4 printed by LibreOffice. One ruled table `Area strategica | Punti area | Cod. | Obiettivo operativo | Punti |
Indicatore | Valore atteso 2026`; the area (`AS1 Competitività delle imprese`) and its points (`12 punti`) are merged over its
objective rows. Areas sum to the printed `Totale performance organizzativa 40 punti` (the 40-of-100 scale is stated in the
title); each area's objectives should sum to the area's points. Singular `1 punto` appears. Truth: areas level `strategic`
(weight raw `12 punti`), objectives `operational` (weight raw `6 punti`).""",
         ['points at two levels, areas on a 40-point scale', 'area weight merged over its rows', 'landscape, Liberation Sans Narrow',
          'singular lower-case `1 punto`'])


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3', '4']:
        globals()['case' + w]()
