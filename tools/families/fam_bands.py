"""Family 'graded target bands': a target is a ladder of values each giving a
score (`28 gg 100% 30gg 75% 32gg 50% 32 gg 0%`); truth keeps the whole printed
band text as the target raw of its year."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_bands.py'


def case1():
    y = 2026
    t = Truth('Azienda Sanitaria Locale del Medio Tirreno', [y])
    objs = [
        ('1', 'Governo dei tempi di attesa', '40', [
            ('1.1', 'Attesa media per prima visita cardiologica (classe D)', '50', 'gg',
             [('28 gg', '100%'), ('30gg', '75%'), ('32gg', '50%'), ('32 gg', '0%')]),
            ('1.2', 'Prestazioni di classe B erogate entro 10 giorni', '50', '%',
             [('≥ 90%', '100%'), ('85% - 89%', '60%'), ('< 85%', '0%')])]),
        ('2', 'Appropriatezza prescrittiva', '60', [
            ('2.1', 'Prescrizioni di inibitori di pompa protonica per 1.000 assistiti', '70', 'N.',
             [('≤ 110', '100%'), ('111-120', '50%'), ('> 120', '0%')]),
            ('2.2', 'Medici di medicina generale aderenti agli audit', '30', '%',
             [('100%', '100%'), ('80%', '50%'), ('< 80%', '0%')])]),
    ]
    body = []
    for oc, ot, ow, inds in objs:
        t.node(oc, 'strategic', ot, weight=ow)
        body.append([C(oc, b=True, bg='#ddebf7'), C(ot, cs=3, b=True, bg='#ddebf7'), C(ow, b=True, bg='#ddebf7'), C('', cs=2, bg='#ddebf7')])
        for ic, iname, iw, u, bands in inds:
            n = len(bands)
            t.ind(oc, iname, code=ic, unit=u, weight=iw, targets=[(y, ' '.join('%s %s' % b for b in bands))])
            for k, (val, sc) in enumerate(bands):
                row = [C('', rs=n), C(ic, rs=n), C(iname, cs=2, rs=n), C(iw, rs=n)] if k == 0 else []
                row += [val, sc]
                body.append(row)
    blocks = [('h', 'Azienda Sanitaria Locale del Medio Tirreno', 1),
              ('h', 'Obiettivi di budget 2026 – Area della specialistica ambulatoriale', 2),
              ('table', [[C('Ob.'), C('Ind.'), C('Obiettivo / Indicatore', cs=2), C('Peso'), C('Target 2026'), C('Punteggio')]], body,
               {'colw': ['5%', '6%', '30%', '22%', '7%', '16%', '14%']})]
    emit('tuned', 'fam-bands-chromium-1', blocks, t, 'chromium', dict(script=SCRIPT, ruled=True, size=9),
         """Portrait A4, Chromium, one ruled table `Ob. | Ind. | Obiettivo / Indicatore | Peso | Target 2026 | Punteggio`.
Objective rows (shaded, `1 Governo dei tempi di attesa`, weight `40`) are followed by indicator rows (`1.1`, weight `50`)
whose code, name and weight cells span the rows of the ladder; each ladder step is its own row: a value in `Target 2026`
and its score in `Punteggio` (`28 gg | 100%`, `30gg | 75%`, `32gg | 50%`, `32 gg | 0%`). Truth: the whole ladder read row
by row is the 2026 target raw, `28 gg 100% 30gg 75% 32gg 50% 32 gg 0%`. Objectives level `strategic`; bare weights
summing to 100 at both levels.""",
         ['ladder as sub-rows (row-spanning indicator cells)', 'mixed spacing `30gg` / `32 gg`', 'ranges `85% - 89%`, `111-120`',
          'Unicode ≥ ≤'])


def case2():
    y = 2026
    t = Truth('Istituto Regionale per la Formazione Sanitaria', [y])
    rows = [
        ('A1', 'Corsi accreditati ECM erogati nei tempi del piano formativo', '30%', '%',
         ['>= 95% 100%', '90-94% 70%', '< 90% 0%']),
        ('A2', 'Tempo medio di rilascio degli attestati', '30%', 'gg',
         ['21 gg 100%', '25gg 60%', '30 gg 30%', '30 gg 0%']),
        ('A3', 'Gradimento medio dei partecipanti (scala 1-5)', '20%', 'N.',
         ['4,5 100%', '4,0 50%', '< 4,0 0%']),
        ('A4', 'Ore di formazione a distanza sul totale', '10%', '%',
         ['40% 100%', '30% 50%', '< 30% 0%']),
    ]
    t.node('A', 'strategic', 'Qualità e tempestività dell\'offerta formativa')
    body = []
    for code, name, w, u, bands in rows:
        body.append([code, name, w, '\n'.join(bands), ''])
        t.ind('A', name, code=code, unit=u, weight=w, targets=[(y, ' '.join(bands))])
    blocks = [('h', 'Istituto Regionale per la Formazione Sanitaria – Piano della performance 2026', 1),
              ('p', 'Obiettivo A – Qualità e tempestività dell\'offerta formativa'),
              ('p', 'Per ogni indicatore la colonna “Target e punteggio” riporta le fasce di valore e la percentuale di punteggio attribuita.'),
              ('table', [['Cod.', 'Indicatore', 'Peso', 'Target e punteggio 2026', 'Punteggio conseguito']], body, {})]
    t.finding('weight.sum', 'A', 'indicator weights of objective A sum to 90% (30% + 30% + 20% + 10%)')
    emit('tuned', 'fam-bands-lo-2', blocks, t, 'lo', dict(script=SCRIPT, ruled=True, size=10, widths=[7, 48, 9, 24, 16], font='DejaVu Sans'),
         """Portrait A4 printed by LibreOffice. A line names the objective `Obiettivo A – …` (no table row of its own). One ruled
table `Cod. | Indicatore | Peso | Target e punteggio 2026 | Punteggio conseguito`; each ladder is one cell with one step per line
(`21 gg 100%` / `25gg 60%` / `30 gg 30%` / `30 gg 0%`); the last column is empty (a plan). Truth: the cell's lines joined with one
space are the 2026 target raw. The objective `A` is level `strategic`.""",
         ['ladder in one multi-line cell', 'objective given in a paragraph above the table', 'empty score column', 'DejaVu Sans'])


def case3():
    y = 2026
    t = Truth('Agenzia per le Entrate Locali di Valcupa', [y])
    objs = [
        ('AR1', 'Recupero dell\'evasione sui tributi locali', 'peso 60', [
            ('Incassi da accertamento', '€', '50', 'fino a € 1.800.000,00: 0 punti; da € 1.800.000,01 a € 2.200.000,00: 50 punti; oltre € 2.200.000,00: 100 punti'),
            ('Accertamenti notificati entro l\'anno', 'N.', '50', 'meno di 3.000: 0 punti; da 3.000 a 3.499: 60 punti; almeno 3.500: 100 punti')]),
        ('AR2', 'Qualità del servizio ai contribuenti', 'peso 40', [
            ('Attesa media allo sportello', 'minuti', '100', 'oltre 20 minuti: 0 punti; da 15 a 20 minuti: 70 punti; meno di 15 minuti: 100 punti')]),
    ]
    body = []
    for oc, ot, ow, inds in objs:
        t.node(oc, 'operational', ot, weight=ow.replace('peso ', ''))
        first = True
        for name, u, iw, band in inds:
            row = [C(oc, rs=len(inds)), C(ot, rs=len(inds)), C(ow, rs=len(inds))] if first else []
            row += [name, u, iw, band]
            body.append(row)
            first = False
            t.ind(oc, name, unit='EUR' if u == '€' else u, weight=iw, targets=[(y, band)])
    blocks = [('h', 'Agenzia per le Entrate Locali di Valcupa – Obiettivi 2026 con fasce di punteggio', 1),
              ('table', [['Codice', 'Obiettivo', 'Peso obiettivo', 'Indicatore', 'U.M.', 'Peso indicatore', 'Fasce di punteggio 2026']], body, {})]
    emit('heldout', 'fam-bands-xlsx-3', blocks, t, 'xlsx',
         dict(script=SCRIPT, ruled=False, size=10, widths=[9, 30, 10, 30, 8, 10, 60], sheet='Fasce'),
         """Workbook kept as .xlsx, sheet `Fasce`, borderless. One table `Codice | Obiettivo | Peso obiettivo | Indicatore | U.M. |
Peso indicatore | Fasce di punteggio 2026`, objective cells merged over their indicator rows. The ladder is written in words in
one cell, steps separated by `;`, scores in points and ascending (`fino a € 1.800.000,00: 0 punti; da € 1.800.000,01 a …: 50 punti;
oltre …: 100 punti`); the whole cell is the 2026 target raw. Objective weight printed as `peso 60` (truth raw `60`: the
word `peso` is a label), indicator weights bare.""",
         ['.xlsx kept', 'ladder in words with `;`, ascending, scores in points', 'money bands', 'unit `minuti`',
          'objective weight with the label `peso` in the cell'])


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3']:
        globals()['case' + w]()
