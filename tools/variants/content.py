"""Invented content: bodies, objectives, indicators. Nothing here is copied
from a real annex; phrases are written to read like one."""
import random
from decimal import Decimal

from vlib import D, it_num, pct_text

BODIES = [
    "Camera di Commercio di Montebruno",
    "Camera di Commercio della Val Serena",
    "Camera di Commercio di Portorotondo Ligure",
    "Camera di Commercio delle Colline Metallifere",
    "Camera di Commercio di Castelvetro Alto",
    "Camera di Commercio di Rocca Marina",
    "Camera di Commercio della Piana del Sele Nord",
    "Camera di Commercio di Valdarno Orientale",
    "Camera di Commercio di Pianfiore",
    "Camera di Commercio del Golfo di Levante",
    "Camera di Commercio di Monterosso Umbro",
    "Camera di Commercio della Bassa Romagna Est",
    "Camera di Commercio di Sassoforte",
    "Camera di Commercio della Riviera delle Palme",
]

AREAS = [
    "Competitività del territorio e sostegno alle filiere locali",
    "Innovazione, sviluppo sostenibile e transizione digitale",
    "Regolazione del mercato e tutela della fede pubblica",
    "Efficienza organizzativa e qualità dei servizi camerali",
    "Internazionalizzazione e attrattività del sistema produttivo",
    "Semplificazione amministrativa e accesso ai servizi anagrafici",
    "Sostenibilità economico-finanziaria dell'ente",
    "Turismo, cultura e valorizzazione delle produzioni tipiche",
]

STRATEGIC = [
    "Rafforzare il ruolo della Camera come punto di riferimento per le imprese del territorio",
    "Favorire la nascita di nuove imprese e l'accompagnamento nelle prime fasi di vita",
    "Accompagnare le piccole imprese nei percorsi di doppia transizione digitale ed ecologica",
    "Garantire la trasparenza e la correttezza delle transazioni commerciali",
    "Migliorare la tempestività e la qualità dei servizi anagrafico-certificativi",
    "Sostenere la presenza delle imprese locali sui mercati esteri",
    "Valorizzare il patrimonio informativo camerale a supporto delle politiche locali",
    "Assicurare l'equilibrio economico e la solidità patrimoniale dell'ente",
    "Promuovere l'orientamento al lavoro e l'incontro tra scuola e impresa",
    "Sviluppare il capitale umano e il benessere organizzativo del personale",
    "Diffondere gli strumenti di giustizia alternativa e di composizione delle crisi",
    "Rilanciare l'attrattività turistica del territorio e delle sue produzioni",
    "Ridurre gli oneri amministrativi a carico delle imprese",
    "Presidiare la vigilanza sui prodotti e sugli strumenti di misura",
]

OPERATIONAL = [
    "Potenziare lo sportello di primo orientamento per aspiranti imprenditori",
    "Aggiornare il fascicolo informatico d'impresa con i dati ambientali",
    "Organizzare cicli di incontri sulla sicurezza informatica nelle micro imprese",
    "Ridurre i tempi di lavorazione delle pratiche del registro delle imprese",
    "Estendere la verifica periodica degli strumenti metrici nei mercati rionali",
    "Gestire i bandi di contributo per la digitalizzazione delle botteghe artigiane",
    "Realizzare l'osservatorio trimestrale sull'economia provinciale",
    "Accrescere l'incasso spontaneo del diritto annuale",
    "Attuare il piano triennale di formazione del personale camerale",
    "Promuovere la mediazione civile e commerciale presso le associazioni di categoria",
    "Assistere le imprese nella certificazione dei prodotti per l'esportazione",
    "Completare la cancellazione d'ufficio delle imprese non più operative",
    "Accompagnare le filiere agroalimentari nelle fiere internazionali di settore",
    "Digitalizzare l'archivio storico dei protesti e delle sanzioni",
    "Sviluppare percorsi di alternanza con gli istituti tecnici del territorio",
    "Contenere i tempi di pagamento dei fornitori dell'ente",
    "Monitorare la soddisfazione degli utenti dei servizi di sportello",
    "Favorire l'accesso al credito delle micro imprese tramite i confidi convenzionati",
    "Realizzare campagne di vigilanza sulla sicurezza dei giocattoli e dei prodotti elettrici",
    "Valorizzare i marchi collettivi delle produzioni tipiche locali",
    "Aggiornare la sezione Amministrazione trasparente e il registro degli accessi",
    "Sostenere i progetti di rete tra imprese del turismo rurale",
    "Ampliare l'offerta di servizi di firma digitale e identità digitale",
    "Razionalizzare le spese di funzionamento delle sedi camerali",
]

# name, description, formula in words, formula (codes), unit, type, polarity, base value, tag
INDICATORS = [
    ("Tempo medio di lavorazione delle pratiche telematiche",
     "Misura i giorni che intercorrono tra la protocollazione e l'evasione della pratica",
     "Somma dei giorni di lavorazione / Numero pratiche evase",
     "GG_LavPrat / N_PratEvase", "gg", "Efficienza", "lower", 4, "TempiLavPrat"),
    ("Tasso di evasione delle pratiche del registro imprese entro cinque giorni",
     "Rapporto tra le pratiche evase entro cinque giorni e le pratiche ricevute nell'anno",
     "Pratiche evase entro 5 giorni / Pratiche ricevute",
     "N_PratEvase5gg / N_PratRicevute", "%", "Efficacia", "higher", 82, "EvasRI5gg"),
    ("Imprese accompagnate in percorsi di primo export",
     "Numero di imprese che hanno completato un percorso di assistenza all'export",
     "Numero imprese assistite nell'anno",
     "N_ImprExport", "N.", "Volume", "higher", 40, "ImprExport"),
    ("Incontri informativi sulla sostenibilità ambientale",
     "Seminari, webinar e laboratori organizzati sui temi della transizione ecologica",
     "Numero incontri realizzati",
     "N_IncontriSost", "N.", "Volume", "higher", 8, "IncSost"),
    ("Grado di utilizzo dei voucher per la digitalizzazione",
     "Quota dei voucher liquidati sul totale dei voucher concessi alle imprese",
     "Voucher liquidati / Voucher concessi",
     "Voucher_Liq / Voucher_Conc", "%", "Efficacia", "higher", 70, "UsoVoucher"),
    ("Copertura delle verifiche sugli strumenti metrici segnalati",
     "Verifiche eseguite sugli strumenti segnalati dai titolari nel corso dell'anno",
     "Verifiche eseguite / Strumenti segnalati",
     "N_VerifEseg / N_StrumSegn", "%", "Efficacia", "higher", 75, "CopVerif"),
    ("Tempo medio di pagamento delle fatture passive",
     "Giorni medi tra il ricevimento della fattura e il relativo pagamento",
     "Somma dei giorni di pagamento / Numero fatture pagate",
     "GG_PagFatt / N_FattPagate", "gg", "Efficienza", "lower", 22, "TempiPag"),
    ("Riscossione spontanea del diritto annuale",
     "Quota del diritto annuale versato entro la scadenza sul totale dovuto",
     "Diritto annuale incassato entro la scadenza / Diritto annuale dovuto",
     "DA_IncScad / DA_Dovuto", "%", "Salute economica", "higher", 68, "RiscDA"),
    ("Gradimento degli utenti dei servizi di sportello",
     "Quota di giudizi positivi raccolti con il questionario di fine servizio",
     "Giudizi positivi / Questionari raccolti",
     "N_GiudPos / N_QuestRacc", "%", "Qualità", "higher", 86, "GradSport"),
    ("Visite ispettive presso gli operatori del commercio su aree pubbliche",
     "Numero di sopralluoghi svolti dagli ispettori metrici nei mercati",
     "Numero visite ispettive",
     "N_VisiteIsp", "N.", "Volume", "higher", 60, "VisiteIsp"),
    ("Pubblicazione dei bandi di contributo entro il primo semestre",
     "Bandi approvati e pubblicati sul sito istituzionale entro il 30 giugno",
     "Numero bandi pubblicati entro il 30/06",
     "N_BandiSem1", "N.", "Efficacia", "higher", 3, "BandiSem"),
    ("Aggiornamento del registro degli accessi",
     "Pubblicazione semestrale del registro delle richieste di accesso agli atti",
     "Data di pubblicazione dell'aggiornamento",
     "Data_AggRegAcc", "date", "Qualità", "date", 0, "RegAccessi"),
    ("Incidenza degli oneri di funzionamento sui proventi correnti",
     "Misura il peso delle spese di funzionamento sulle entrate correnti dell'ente",
     "Oneri di funzionamento / Proventi correnti",
     "OnFunz / ProvCorr", "%", "Salute economica", "lower", 24, "IncidOnFunz"),
    ("Personale coinvolto in attività formative",
     "Dipendenti che hanno frequentato almeno un corso nell'anno sul totale dei dipendenti",
     "Dipendenti formati / Dipendenti in servizio",
     "N_DipFormati / N_DipServ", "%", "Efficacia", "higher", 80, "DipFormati"),
    ("Marchi e brevetti depositati con il supporto del punto informativo",
     "Domande di deposito assistite dal punto di informazione brevettuale",
     "Numero domande assistite",
     "N_DepAssistiti", "N.", "Volume", "higher", 55, "DepMarchi"),
    ("Mediazioni concluse con accordo tra le parti",
     "Quota delle mediazioni concluse con un accordo sul totale delle mediazioni svolte",
     "Mediazioni con accordo / Mediazioni concluse",
     "N_MedAccordo / N_MedConcluse", "%", "Efficacia", "higher", 38, "MedAccordo"),
    ("Contributi erogati alle imprese per progetti di innovazione",
     "Ammontare dei contributi liquidati nell'anno sui bandi per l'innovazione",
     "Somma dei contributi liquidati",
     "Contr_InnovLiq", "EUR", "Volume", "higher", 180000, "ContrInnov"),
    ("Nuove imprese assistite dallo sportello di orientamento",
     "Aspiranti imprenditori che hanno ricevuto almeno una consulenza personalizzata",
     "Numero utenti assistiti",
     "N_AspImpr", "N.", "Volume", "higher", 120, "SportOrient"),
    ("Tempo medio di rilascio dei certificati per l'estero",
     "Giorni tra la richiesta telematica e il rilascio del certificato",
     "Somma dei giorni di rilascio / Certificati rilasciati",
     "GG_RilCert / N_CertRil", "gg", "Efficienza", "lower", 3, "TempiCertEst"),
    ("Eventi di promozione turistica organizzati con i comuni",
     "Iniziative di promozione del territorio co-organizzate con le amministrazioni locali",
     "Numero eventi realizzati",
     "N_EventiTur", "N.", "Volume", "higher", 6, "EventiTur"),
    ("Cancellazioni dei protesti evase nei termini",
     "Istanze di cancellazione evase entro venticinque giorni sul totale delle istanze",
     "Istanze evase nei termini / Istanze ricevute",
     "N_CancTerm / N_IstCanc", "%", "Efficienza", "higher", 90, "CancProt"),
    ("Controlli sulla sicurezza dei prodotti immessi sul mercato",
     "Numero di controlli documentali e di laboratorio sui prodotti",
     "Numero controlli effettuati",
     "N_CtrlProd", "N.", "Volume", "higher", 45, "CtrlProd"),
    ("Note congiunturali pubblicate dall'osservatorio economico",
     "Rapporti periodici sull'andamento dell'economia provinciale",
     "Numero note pubblicate",
     "N_NoteCong", "N.", "Volume", "higher", 4, "NoteCong"),
    ("Servizi camerali disponibili interamente on line",
     "Quota dei servizi erogabili senza accesso fisico agli sportelli",
     "Servizi on line / Servizi erogati",
     "N_ServOnline / N_ServTot", "%", "Qualità", "higher", 64, "ServOnline"),
    ("Riscossione delle sanzioni amministrative",
     "Quota delle sanzioni incassate sul totale delle ordinanze emesse",
     "Sanzioni incassate / Sanzioni irrogate",
     "San_Incassate / San_Irrogate", "%", "Salute economica", "higher", 47, "RiscSanz"),
    ("Imprese partecipanti alle fiere internazionali",
     "Imprese presenti nelle collettive camerali alle fiere all'estero",
     "Numero imprese partecipanti",
     "N_ImprFiere", "N.", "Volume", "higher", 30, "ImprFiere"),
    ("Studenti coinvolti nei percorsi di orientamento al lavoro",
     "Studenti degli istituti superiori che hanno partecipato ai laboratori camerali",
     "Numero studenti coinvolti",
     "N_StudOrient", "N.", "Volume", "higher", 350, "StudOrient"),
    ("Dispositivi di firma digitale rilasciati",
     "Smart card e token rilasciati o rinnovati presso gli sportelli",
     "Numero dispositivi rilasciati",
     "N_DispFirma", "N.", "Volume", "higher", 1400, "DispFirma"),
    ("Risparmio sulle spese per utenze delle sedi",
     "Riduzione della spesa per energia e utenze rispetto all'anno precedente",
     "(Spesa utenze anno n-1 - Spesa utenze anno n) / Spesa utenze anno n-1",
     "(SpUtenze_P - SpUtenze_C) / SpUtenze_P", "%", "Efficienza", "higher", 5, "RispUtenze"),
    ("Imprese aderenti al cassetto digitale",
     "Quota delle imprese attive che hanno attivato il cassetto digitale dell'imprenditore",
     "Imprese aderenti / Imprese attive al 31/12",
     "N_ImprCassetto / N_ImprAttive", "%", "Efficacia", "higher", 21, "CassDig"),
    ("Confidi convenzionati attivi sul territorio",
     "Organismi di garanzia con convenzione vigente con la Camera",
     "Numero confidi convenzionati",
     "N_Confidi", "N.", "Volume", "higher", 5, "Confidi"),
    ("Tempo medio di risposta alle richieste di accesso civico",
     "Giorni medi tra la richiesta di accesso civico e la risposta",
     "Somma dei giorni di risposta / Richieste evase",
     "GG_RispAcc / N_RichAcc", "gg", "Efficienza", "lower", 18, "TempiAccCiv"),
]

# used only where a case asks for it (kept out of INDICATORS so other cases do not change)
RATIO_INDICATOR = ("Indice di diffusione dell'assistenza alla digitalizzazione",
                   "Imprese assistite per la digitalizzazione ogni cento imprese attive al 31/12",
                   "Imprese assistite per la digitalizzazione / Imprese attive al 31/12 x 100",
                   "N_ImprAssDigit / N_ImprAttive * 100", "N.", "Efficacia", "higher", 0.23, "DiffAssDigit")
NEW_INDICATOR = ("Partecipanti ai laboratori sull'intelligenza artificiale per le imprese",
                 "Imprenditori e addetti che hanno frequentato almeno un laboratorio; indicatore nuovo dal 2026",
                 "Numero partecipanti ai laboratori",
                 "N_PartLabIA", "N.", "Volume", "higher", 60, "LabIA")

OWNERS = ["Ufficio Studi e statistica", "Servizio Registro imprese", "Ufficio Metrologia legale",
          "Servizio Promozione e sviluppo", "Ufficio Ragioneria", "Ufficio Personale",
          "Servizio Regolazione del mercato", "Ufficio Internazionalizzazione",
          "Segreteria generale", "Ufficio Provveditorato"]


class Ind:
    """One indicator's content, independent of its rendering."""

    def __init__(self, t):
        (self.name, self.desc, self.ftext, self.formula, self.unit, self.type,
         self.pol, self.base, self.tag) = t

    @property
    def variables(self):
        import re
        out = []
        for tok in re.findall(r"[A-Za-z][A-Za-z0-9_.]*", self.formula):
            if tok not in out:
                out.append(tok)
        return out


def pick_indicators(rng, n, exclude=()):
    pool = [t for t in INDICATORS if t[0] not in exclude]
    return [Ind(t) for t in rng.sample(pool, n)]


# ------------------------------------------------------------- value series
def _round_unit(v, unit):
    if unit == "%":
        return D(round(v))
    if unit == "EUR":
        return D(int(round(v / 1000.0)) * 1000)
    if unit == "gg":
        return D(round(v, 1)) if v < 10 else D(round(v))
    return D(max(1, round(v)))


def series(rng, ind, past_years, plan_years):
    """Baselines (past years) and targets (plan years) as (op, Decimal|None).
    Clean by construction: targets never easier than the latest baseline and
    never easier year on year."""
    if ind.unit == "date":
        bases = [("=", None) for _ in past_years]
        tg = [("entro", y) for y in plan_years]
        return bases, tg
    b = ind.base
    bases = []
    for i, _ in enumerate(past_years):
        f = 0.86 + 0.05 * i + rng.uniform(-0.03, 0.03)
        v = b * (f if ind.pol == "higher" else (2 - f))
        v = _round_unit(v, ind.unit)
        if ind.unit == "%":
            v = min(v, D(99))
        bases.append(("=", v))
    latest = bases[-1][1]
    tg = []
    cur = latest
    for i, _ in enumerate(plan_years):
        if ind.pol == "higher":
            step = {"%": 1, "N.": max(1, int(float(latest) * 0.04)), "EUR": 10000, "gg": 0}[ind.unit]
            cur = cur + (step if i > 0 or rng.random() < 0.5 else 0)
            if ind.unit == "%":
                cur = min(cur, D(100))
            tg.append((">=", cur))
        else:
            step = D("0.5") if ind.unit == "gg" and latest < 10 else D(1)
            if ind.unit == "%":
                step = D(1)
            cur = cur - (step if i > 0 or rng.random() < 0.5 else 0)
            tg.append(("<=", cur))
    return bases, tg


class VStyle:
    """How values print in one document."""

    def __init__(self, ge=">= ", le="<= ", pct_dec=2, pct_space=False, suffix=True,
                 eur="suffix", almeno=False, words=False, gg_dec=1):
        self.ge, self.le = ge, le
        self.pct_dec, self.pct_space = pct_dec, pct_space
        self.suffix = suffix
        self.eur = eur
        self.almeno = almeno        # 'almeno 5' for counts
        self.words = words          # 'maggiore o uguale a 90,00%' for percentages
        self.gg_dec = gg_dec

    def core(self, v, unit):
        if unit == "%":
            return pct_text(v, self.pct_dec, self.pct_space)
        if unit == "N.":
            dec = 2 if D(v) != D(v).to_integral_value() else 0
            return it_num(v, dec) + (" N." if self.suffix else "")
        if unit == "gg":
            dec = 1 if D(v) != D(v).to_integral_value() else 0
            return it_num(v, dec) + (" gg" if self.suffix else "")
        if unit == "EUR":
            return ("€ " + it_num(v, 2)) if self.eur == "prefix" else (it_num(v, 2) + " Euro")
        return it_num(v, 2)

    def value(self, op, v, unit, year=None):
        if unit == "date":
            if op == "entro":
                return f"entro il 31/12/{v}"
            return "N/D"
        if op == "anno":
            return "Anno di rilevazione"
        if op == "-":
            return "-"
        if v is None:
            return "N/D"
        c = self.core(v, unit)
        if op == "=":
            return c
        if op == "==":
            return "= " + c
        if op in (">=", ">"):
            if unit == "N." and self.almeno and op == ">=":
                return "almeno " + c
            if unit == "%" and self.words and op == ">=":
                return "maggiore o uguale a " + c
            return (self.ge if op == ">=" else "> ") + c
        if op in ("<=", "<"):
            return (self.le if op == "<=" else "< ") + c
        raise ValueError(op)

    def unit_known(self, unit, um_column=False):
        """The unit as truth gives it: what a reader can know from the page."""
        if unit in ("%", "EUR", "date"):
            return unit
        if um_column or self.suffix:
            return unit
        return None


UM_LABEL = {"%": "%", "N.": "N.", "gg": "gg", "EUR": "€", "date": "data"}


def weights(rng, n, fault=None):
    """Sibling weights (percent, Decimal) summing exactly to 100 (clean)."""
    table = {1: [[100]], 2: [[50, 50], [60, 40], [70, 30], [45, 55]],
             3: [[40, 30, 30], [50, 25, 25], [20, 30, 50], [35, 35, 30]],
             4: [[25, 25, 25, 25], [30, 30, 20, 20], [40, 20, 20, 20], [10, 30, 30, 30]],
             5: [[20, 20, 20, 20, 20], [30, 20, 20, 15, 15]],
             6: [["16.66", "16.66", "16.67", "16.67", "16.67", "16.67"]]}
    if fault == "sum90":
        return [D(x) for x in {2: [40, 50], 3: [30, 30, 30], 4: [30, 20, 20, 20],
                               5: [20, 20, 20, 15, 15]}[n]]
    if fault == "thirds":
        return [D("33.33")] * 3
    return [D(x) for x in rng.choice(table[n])]


def code_for(style, ind, node_code, k, rng=None):
    """Indicator code in one of several house styles."""
    nc = (node_code or "0").replace(" ", "")
    if style == "tag":
        return ind.tag
    if style == "dotted":          # B2.1_03
        return "B" + ".".join(nc.split(".")[:2]) + f"_{k:02d}"
    if style == "sys":             # OC_TD_01
        letters = "".join(w[0] for w in ind.tag if w.isupper())[:2] or "XX"
        return f"OC_{letters}_{k:02d}"
    if style == "dfp":             # DFP 2.1
        return f"DFP {nc.split('.')[0]}.{k}"
    if style == "num":             # IND-017
        return f"IND-{k:03d}"
    if style == "k":               # K12
        return f"K{k}"
    raise ValueError(style)


def build_tree(rng, shape, plan_years, past_years, code_style, used=None):
    """shape: list (areas) of lists (strategics) of specs; a spec is
    ('ops', [n_ind, n_ind...]) or ('direct', n) or ('both', n_direct, [n_ind...])."""
    used = set() if used is None else used
    areas = []
    k = 1
    a_w = weights(rng, len(shape))
    a_titles = rng.sample(AREAS, len(shape))
    s_titles = iter(rng.sample(STRATEGIC, sum(len(a) for a in shape)))
    o_titles = iter(rng.sample(OPERATIONAL, 20))

    def mk_inds(node_code, n):
        nonlocal k
        out = []
        ws = weights(rng, n)
        for w in ws:
            pool = [t for t in INDICATORS if t[0] not in used]
            t = rng.choice(pool)
            used.add(t[0])
            ind = Ind(t)
            b, tg = series(rng, ind, past_years, plan_years)
            out.append({"ind": ind, "code": code_for(code_style, ind, node_code, k),
                        "weight": w, "bases": b, "targets": tg, "formula": ind.formula})
            k += 1
        return out

    for ai, strats in enumerate(shape):
        ac = str(ai + 1)
        area = {"code": ac, "title": a_titles[ai], "weight": a_w[ai], "strategics": []}
        s_w = weights(rng, len(strats))
        for si, spec in enumerate(strats):
            sc = f"{ac}.{si + 1}"
            s = {"code": sc, "title": next(s_titles), "weight": s_w[si], "direct": [], "ops": [],
                 "share_ind": None, "share_ops": None}
            if spec[0] == "direct":
                s["direct"] = mk_inds(sc, spec[1])
                s["share_ind"] = D(100)
            else:
                op_sizes = spec[1] if spec[0] == "ops" else spec[2]
                if spec[0] == "both":
                    s["direct"] = mk_inds(sc, spec[1])
                    s["share_ind"], s["share_ops"] = D(40), D(60)
                else:
                    s["share_ops"] = D(100)
                o_w = weights(rng, len(op_sizes))
                for oi, n in enumerate(op_sizes):
                    oc = f"{sc}.{oi + 1}"
                    s["ops"].append({"code": oc, "title": next(o_titles), "weight": o_w[oi],
                                     "inds": mk_inds(oc, n)})
            area["strategics"].append(s)
        areas.append(area)
    return areas


def iter_inds(areas):
    """(owner node code, indicator entry) in document order."""
    for a in areas:
        for s in a["strategics"]:
            for e in s["direct"]:
                yield s["code"], e
            for o in s["ops"]:
                for e in o["inds"]:
                    yield o["code"], e
