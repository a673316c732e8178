"""Family 'objective form + indicator table': a form (DENOMINAZIONE CDR, TITOLARE
DEL CDR, CODICE E DENOMINAZIONE OBIETTIVO) above a table of indicators with
ordinal-year targets (VALORE TARGET 1°ANNO, 2°ANNO, 3°ANNO)."""
import sys
from common import Truth, emit, C

SCRIPT = 'fam_form.py'


def build(case, set_, producer, org, period, forms, cols, opts, layout, variations, faults=(),
          formlabels=('DENOMINAZIONE CDR', 'TITOLARE DEL CDR', 'CODICE E DENOMINAZIONE OBIETTIVO'),
          res_year=None, title=None, sep=' – '):
    t = Truth(org, period)
    blocks = [('h', title or '%s\nPiano esecutivo di gestione e della performance %d-%d' % (org, period[0], period[-1]), 1)]
    hdr = [[c[1] for c in cols]]
    for fi, f in enumerate(forms):
        if fi and opts.get('break_per_form'):
            blocks.append(('pb',))
        rows = [(formlabels[0], f['cdr']), (formlabels[1], f['head']),
                (formlabels[2], f['code'] + sep + f['title'])]
        if f.get('descr'):
            rows.append(('DESCRIZIONE', f['descr']))
        blocks.append(('kv', rows, {'lspan': opts.get('lspan', 2)}))
        t.node(f['code'], f.get('level', 'operational'), f['title'], description=f.get('descr'),
               owners=[f['head']], unit=f['cdr'])
        body = []
        for i in f['inds']:
            body.append([i.get(c[0], '') for c in cols])
            tg = [(y, v) for y, v in zip(period, i['t']) if v != '']
            w = i['peso']['disp'] if isinstance(i['peso'], dict) else (i['peso'] or None)
            t.ind(f['code'], i['name'], formula=i.get('formula'), variables=i.get('vars', []),
                  unit=i.get('unit'), weight=w,
                  baselines=[(period[0] - 1, i['base'])] if i.get('base') and res_year is None else [],
                  results=[(res_year, i['base'])] if i.get('base') and res_year else [],
                  achievement=[(res_year, i['grado'])] if i.get('grado') else [],
                  targets=tg, unit_org=f['cdr'], owners=[])
        for i in f['inds']:
            i['t1'], i['t2'], i['t3'] = i['t']
        body = [[i.get(c[0], '') for c in cols] for i in f['inds']]
        blocks.append(('table', hdr, body, {'gap': 2, 'repeat': False}))
    for fl in faults:
        t.finding(*fl)
    emit(set_, case, blocks, t, producer, dict(opts, script=SCRIPT), layout, variations)


COLS1 = [('peso', 'PESO'), ('name', 'INDICATORE'), ('formula', 'FORMULA'), ('base', 'VALORE RAGGIUNTO'),
         ('t1', 'VALORE TARGET 1°ANNO'), ('t2', '2°ANNO'), ('t3', '3°ANNO'), ('grado', 'GRADO DI REALIZZAZIONE')]


def case1():
    forms = [
        dict(cdr='Settore Lavori Pubblici e Manutenzioni', head='Ing. Carla Meneghin', code='1.1.A',
             title='Programmare la manutenzione straordinaria degli edifici scolastici comunali',
             inds=[dict(peso='40', name='Interventi avviati sul totale programmato', formula='interventi avviati / interventi programmati x 100',
                        unit='%', base='78%', t=['>= 85%', '>= 90%', '>= 95%']),
                   dict(peso='30', name='Tempo medio di chiusura delle segnalazioni di guasto', formula='somma giorni di chiusura / segnalazioni chiuse',
                        unit='gg', base='21-28giorni', t=['<= 20 gg', '<= 18 gg', '<= 15 gg']),
                   dict(peso='30', name='Approvazione del piano triennale delle manutenzioni', formula='data di approvazione in Giunta',
                        unit='date', base='–', t=['entro il 31/03/2026', 'entro il 31/03/2027', 'entro il 31/03/2028'])]),
        dict(cdr='Settore Servizi Demografici', head='Dott. Paolo Ferrandi', code='2.3.B',
             title='Ridurre i tempi di rilascio della carta di identità elettronica',
             inds=[dict(peso='50', name='Attesa media per un appuntamento', formula='giorni tra prenotazione e appuntamento (media)',
                        unit='gg', base='34', t=['<= 30', '<= 25', '<= 20']),
                   dict(peso='50', name='Appuntamenti prenotabili on line', formula='slot on line / slot totali x 100',
                        unit='%', base='55%', t=['>= 60%', '>= 70%', '>= 80%'])]),
    ]
    build('fam-form-chromium-1', 'tuned', 'chromium', 'Comune di Valdorso', [2026, 2027, 2028], forms, COLS1,
          dict(ruled=True, size=8.5, landscape=True, kv_label_width='28%'),
          """Landscape A4. Title `Piano esecutivo di gestione e della performance 2026-2028`. Per responsibility centre a
ruled form of three label/value rows (`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE OBIETTIVO` with
`1.1.A – title`), then a ruled indicator table `PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO |
2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE`. Weights are bare numbers (`40`), summing to 100 per objective.
`VALORE RAGGIUNTO` is the last value reached before the plan: a baseline of 2025. `GRADO DI REALIZZAZIONE` is blank
(a plan). Ordinal years map to 2026/2027/2028. Truth convention: each objective is level `operational`, `unit` = the CdR,
`owners` = the titolare, parent null; indicators carry `unit_org` = the CdR.""",
          ['ruled, landscape, shaded form labels', 'bare weights', 'baseline range `21-28giorni` and `–`',
           'date targets in words (`entro il 31/03/2026`)'])


def case2():
    cols = [('peso', 'PESO'), ('name', 'INDICATORE'), ('formula', 'FORMULA'), ('base', 'VALORE RAGGIUNTO'),
            ('t1', 'VALORE TARGET 1°ANNO'), ('t2', 'VALORE TARGET 2°ANNO'), ('t3', 'VALORE TARGET 3°ANNO'),
            ('grado', 'GRADO DI REALIZZAZIONE')]
    forms = [
        dict(cdr='UOC Prevenzione e Sicurezza negli Ambienti di Lavoro', head='Dr.ssa Elena Bortolan', code='A1',
             title='Estendere la sorveglianza sanitaria degli esposti ad agenti cancerogeni',
             descr='Censire le aziende con lavoratori esposti e garantire il richiamo annuale ai controlli.',
             inds=[dict(peso=C(40, fmt='0', disp='40'), name='Aziende censite con esposti registrati', formula='N. aziende censite',
                        unit='N.', base='118', t=['>= 130', '>= 140', '>= 150']),
                   dict(peso=C(35, fmt='0', disp='35'), name='Lavoratori esposti richiamati a visita', formula='richiamati / esposti iscritti',
                        unit='%', base='64%', t=['>= 70%', '>= 75%', '>= 80%']),
                   dict(peso='', name='Pubblicazione del rapporto annuale di sorveglianza', formula='SI/NO',
                        unit='text', base='SI', t=['SI', 'SI', 'SI'])]),
        dict(cdr='UOS Screening Oncologici', head='Dr. Marco Zanin', code='A2',
             title='Aumentare l\'adesione allo screening colorettale',
             inds=[dict(peso=C(60, fmt='0', disp='60'), name='Adesione corretta allo screening', formula='test eseguiti / popolazione invitata',
                        unit='%', base='47,3%', t=['>= 50%', '>= 53%', '>= 55%']),
                   dict(peso=C(40, fmt='0', disp='40'), name='Invio delle lettere di invito entro il mese previsto', formula='inviti nel mese / inviti programmati',
                        unit='%', base='1273/1273', t=['100%', '100%', '100%'])]),
    ]
    build('fam-form-xlsx-2', 'tuned', 'xlsx', 'Azienda Sanitaria Locale Val Serena', [2026, 2027, 2028], forms, cols,
          dict(ruled=True, size=9, widths=[8, 34, 30, 14, 14, 14, 14, 14], lspan=3, sheet='Schede CdR'),
          """One worksheet `Schede CdR`. Row 1: title with the period 2026-2028. Per responsibility centre: form rows
(`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE OBIETTIVO` = `A1 – title`, and for A1 a `DESCRIZIONE` row),
labels merged over three columns, values merged over the rest; then the indicator table with every year spelt out
(`VALORE TARGET 1°ANNO | VALORE TARGET 2°ANNO | VALORE TARGET 3°ANNO`). Weights are number cells (40 shown as `40`, format `0`);
all other values are text cells. `VALORE RAGGIUNTO` = baseline 2025; `GRADO DI REALIZZAZIONE` empty.
Truth convention as in fam-form-chromium-1 (node `unit` = CdR, owners = titolare).""",
          ['workbook kept as .xlsx', 'weights as number cells', 'yes/no indicator (`SI`)', 'baseline `1273/1273`',
           'merged form cells'],
          faults=[('weight.missing', 'A1', 'indicator `Pubblicazione del rapporto annuale di sorveglianza` of A1 has no weight while its siblings have one (40 + 35)')])


def case3():
    cols = [('name', 'INDICATORE'), ('formula', 'FORMULA DI CALCOLO'), ('peso', 'PESO %'),
            ('t1', 'TARGET 1° ANNO'), ('t2', 'TARGET 2° ANNO'), ('t3', 'TARGET 3° ANNO'),
            ('base', 'VALORE RAGGIUNTO AL 31.12.2026'), ('grado', 'GRADO DI REALIZZAZIONE')]
    forms = [
        dict(cdr='Direzione Sistemi Informativi', head='Dott. Luca Tessaro', code='OB.3.1',
             title='Migrare i servizi applicativi dell\'ente sul polo cloud regionale',
             inds=[dict(peso='50', name='Applicativi migrati', formula='applicativi migrati / applicativi censiti',
                        unit='%', base='62%', grado='100%', t=['>= 60%', '>= 80%', '100%']),
                   dict(peso='30', name='Disservizi superiori a 4 ore', formula='numero di interruzioni oltre 4 ore',
                        unit='N.', base='6', grado='100%', t=['<= 4', '<= 3', '<= 2']),
                   dict(peso='20', name='Dipendenti formati sull\'uso dei nuovi strumenti', formula='formati / dipendenti',
                        unit='%', base='45%', grado='90%', t=['>= 50%', '>= 70%', '>= 90%'])]),
        dict(cdr='Direzione Risorse Umane', head='Dott.ssa Irene Galvan', code='OB.3.2',
             title='Completare le procedure di reclutamento previste dal piano dei fabbisogni',
             inds=[dict(peso='60', name='Assunzioni concluse sul totale programmato', formula='assunzioni concluse / assunzioni programmate',
                        unit='%', base='80%', grado='100%', t=['>= 80%', '>= 85%', '>= 90%']),
                   dict(peso='40', name='Durata media dei concorsi', formula='giorni dal bando alla graduatoria (media)',
                        unit='gg', base='175', grado='100%', t=['<= 180', '<= 170', '<= 160'])]),
    ]
    build('fam-form-lo-3', 'heldout', 'lo', 'Città Metropolitana di Borgoalto', [2026, 2027, 2028], forms, cols,
          dict(ruled=False, size=9, font='DejaVu Sans', widths=[34, 32, 9, 12, 12, 12, 16, 16], lspan=2,
               landscape=True, break_per_form=True),
          """Landscape A4 printed by LibreOffice from a workbook, one form per page, borderless. Title
`Relazione intermedia - Piano della performance 2026-2028`. Form labels `DENOMINAZIONE CDR`, `TITOLARE DEL CDR`,
`CODICE E DENOMINAZIONE OBIETTIVO` (`OB.3.1 - title`, hyphen separator). Indicator table with a different column order:
`INDICATORE | FORMULA DI CALCOLO | PESO % | TARGET 1° ANNO | TARGET 2° ANNO | TARGET 3° ANNO | VALORE RAGGIUNTO AL 31.12.2026 |
GRADO DI REALIZZAZIONE`. Here `VALORE RAGGIUNTO` is the first-year result (2026) and `GRADO DI REALIZZAZIONE` its
achievement (2026). Truth convention as in the tuned cases (node `unit` = CdR, owners = titolare).""",
          ['borderless, page break per form, DejaVu Sans', 'weight column after indicator and formula, header `PESO %` with bare numbers',
           'ordinal headers with a space (`1° ANNO`)', 'result and achievement filled (a monitoring report)'],
          faults=[('achievement.mismatch', 'Disservizi superiori a 4 ore',
                   'result 6 against target <= 4 (2026) gives 4/6 = 66,7%, but 100% is printed')],
          title='Città Metropolitana di Borgoalto\nRelazione intermedia - Piano della performance 2026-2028', sep=' - ',
          res_year=2026)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['1', '2', '3']:
        globals()['case' + w]()
