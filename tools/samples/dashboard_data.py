"""Seed 001 (CRUSCOTTO STRATEGICO 2022-2026, a chamber's strategic dashboard):
areas with their indicators, yearly targets, owner and notes, as in the seed.

Values per year 2021..2026: None (blank), a str (stored as text), or
P("73%") / N("1,45") (stored as a number with a number format that prints the
same text in an Italian locale).
"""
from decimal import Decimal

YEARS = [2021, 2022, 2023, 2024, 2025, 2026]
TITLE = "CRUSCOTTO STRATEGICO"


class P:
    """A percent stored as a fraction with format 0% or 0.00%."""
    def __init__(self, text):
        self.text = text
        core = text.rstrip("%").replace(".", "").replace(",", ".")
        self.value = Decimal(core) / 100
        decimals = len(core.split(".")[1]) if "." in core else 0
        self.fmt = "0%" if decimals == 0 else "0." + "0" * decimals + "%"


class N:
    """A plain number with as many decimals as printed."""
    def __init__(self, text):
        self.text = text
        core = text.replace(".", "").replace(",", ".")
        self.value = Decimal(core)
        decimals = len(core.split(".")[1]) if "." in core else 0
        self.fmt = "0" if decimals == 0 else "0." + "0" * decimals


def y5(*v):          # five values for 2022-2026, 2021 blank
    return [None] + list(v)


def y3(*v):          # three values for 2022-2024 (the "obiettivi comuni di sistema")
    return [None] + list(v) + [None, None]


SA = "S Anagrafico Certificativo"
UGD = "Ufficio Gestione Documentale e Transizione Digitale"
SP = "S.promozione Sviluppo Economico"
SSG = "S.Segreteria Generale"
SBP = "S.Bilancio e Patrimonio"
OCS = "Obiettivi comuni di sistema"
AR = "Anno rilevazione"
ADR = "Anno di rilevazione"
CUSTOMER = "Valutazioni positive rilevate tramite customer satisfaction da parte dei destinatari delle iniziative"
CUST_T = y5(">80%", ">82%", ">85%", ">87%", ">90%")
G1 = y5("> 1", "> 1", "> 1", "> 1", "> 1")

AREAS = [
 ("1", "1. Semplificazione Amministrativa e Digitalizzazione dei Servizi", [
  ("Azioni per aumentare la certezza dei dati ed il valore delle informazioni economiche", y5(*["Annuale"] * 5), SA, None),
  ("Percentuale di servizi \"Full Digital\" (n. servizi interamente online, integrati e full digital  / n. totale servizi erogati) - rif. Pareto",
   y5("≥ 73%", "≥ 72%", "≥ 74%", "≥76%", "≥ 78%"), UGD, "Modifica target D CC 25/10/2022"),
  ("Livelli di attività di valutazione della maturità digitale delle imprese (N. self-assessment e/o assessment guidati (anche eseguiti da remoto) della maturità digitale condotti dal PID)",
   y3(N("140"), N("140"), N("140")), SP, OCS),
  ("Azioni di diffusione della cultura digitale realizzate dal PID (N. eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID)",
   y3(N("13"), N("13"), N("13")), SP, OCS),
  ("Capacità di coinvolgimento negli eventi relativi al PID (N. partecipanti ad eventi organizzati dalle CCIAA sul PID)",
   y3(AR, N("700"), N("700")), SP, OCS),
  ("Grado di coinvolgimento delle imprese in attività di assistenza per la digitalizzazione e l’adozione di tecnologie 4.0 (N. imprese assistite per la digitalizzazione e l'adozione di tecnologie 4.0 nell'anno/N. imprese attive al 31/12)",
   y3(AR, N("0,4"), N("0,4")), SP, OCS),
  ("N. imprese aderenti Cassetto digitale/N. imprese attive 31/12", y3(N("25"), N("25"), N("25")), UGD, OCS),
  ("N. strumenti digitali rilasciati N. dispositivi (certificati: primo rilascio e rinnovi) di firma digitale (smart card e token)/N. imprese attive 31/12",
   y3(N("9"), N("9"), N("9")), UGD, OCS),
 ]),
 ("2", "2.Innovazione, Sviluppo, Sostenibilità e Transizione Green", [
  ("n° soggetti coinvolti in attività e servizi legati all'innovazione, sviluppo e sostenibilità (anno x)/n° soggetti coinvolti in attività e servizi legati all'innovazione, sviluppo e sostenibilità (anno x-1)",
   y5(ADR, "> 1", "> 1", "> 1", "> 1"), SP, None),
  (CUSTOMER, CUST_T, SP, None),
 ]),
 ("3", "3. Valorizzazione del patrimonio culturale, Turismo e Promozione integrata del territorio", [
  ("n° iniziative legate alla valorizzazione del patrimonio culturale annox /n° iniziative legate alla valorizzazione del patrimonio culturale annox-1", G1, SSG, None),
  ("Biblioteca storica/giuridica: n° accessi anno x/n° accessi anno x-1", G1, SSG, None),
  ("Grado di soddisfacimento degli utenti che accedono alla Biblioteca Storica/giuridica", y5(*["> Medio"] * 5), SSG, None),
  ("N° soggetti coinvolti in attività e servizi legati al turismo ed alla valorizzazione integrata del territorio (anno x)/n° soggetti coinvolti in attività e servizi legati al turismo ed alla valorizzazione integrata del territorio (anno x-1)",
   y5(ADR, "> 1", "> 1", "> 1", "> 1"), SP, None),
  (CUSTOMER, CUST_T, SP, None),
 ]),
 ("4", "4. Infrastutture Portualità Logistica Gestione Strategica delle partecipazioni societarie", [
  ("Creazione e partecipazione tavoli di sviluppo", y5(">1", ">1", ">1", ">2", ">2"), "S. Staff", None),
  ("Azioni poste in essere per la gestione strategica di Infrastrutture Portualità Logistica: N° azioni realizzate/N°azioni effettive",
   y5(P("90%"), P("90%"), P("90%"), P("95%"), P("95%")), "S. Staff", None),
 ]),
 ("5", "5. Nuove imprese, Politiche attive del lavoro e Giovani", [
  ("N°soggetti coinvolte in attività e servizi legati alla cultura d'impresa e orientamento lavoro (anno x)/n° soggetti coinvolte in attività e servizi legati alla cultura d'impresa e orientamento lavoro (anno x-1)",
   y5(ADR, "> 1", "> 1", "> 1", "> 1"), SP, None),
  (CUSTOMER, CUST_T, SP, None),
  ("Livello di supporto alle imprese in tema di internazionalizzazione (N. imprese supportate per l'internazionalizzazione)",
   y3(N("90"), N("90"), N("90")), SP, OCS),
  ("Livello di attività di informazione e orientamento ai mercati (N. incontri ed eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema)",
   y3(N("17"), N("17"), N("17")), SP, OCS),
  ("Grado di coinvolgimento delle imprese in attività di internazionalizzazione (N. imprese supportate per l'internazionalizzazione)",
   y3(N("16"), N("16"), N("16")), SP, OCS),
  ("Capacità di risposta dello Sportello internazionalizzazione (N. quesiti risolti dallo Sportello Internazionalizzazione entro 5 GG lavorativi dalla presentazione)",
   y3(ADR, N("10"), N("12")), SP, OCS),
 ]),
 ("6", "6. Internazionalizzazione e Mercati Esteri", [
  ("N° imprese coinvolte in attività e servizi di ambito internazionale (anno x)/n° imprese coinvolte in attività e servizi di ambito internazionale (anno x-1)",
   y5(ADR, "> 1", "> 1", "> 1", "> 1"), SP, None),
  (CUSTOMER, CUST_T, SP, None),
 ]),
 ("7", "7. Giustizia alternativa, Legalità nell'Economia e Promozione della Concorrenza", [
  ("Ricognizione della presenza di clausole compromissorie a favore della camera di commercio nelle società iscritte dalla costituzione del nuovo ente camerale: n°statuti di società iscritte al R.I. 2022 - 2026  con clausole compromissorie/N° statuti soc. iscritte al R.I. 2022 - 2026",
   y5(*[P("100%")] * 5), "Legale", None),
  ("N. azioni o iniziative finalizzate alla valorizzazione del ruolo dell'Ente nell'ambito della regolazione del mercato (anno x)/N. azioni o iniziative finalizzate alla valorizzazione del ruolo dell'Ente nell'ambito della regolazione del mercato (anno x-1)",
   y5(ADR, "≥1", "≥1", "≥1", "≥1"), "S.Regolazione Mercato Tutela Consumatore", None),
  ("Valutazioni positive rilevate tramite customer satisfaction dei punti di ascolto ed assistenza per l'utenza (Sportello di primo orientamento, Sportello sicurezza ed etichettatura ed OCCS)",
   y5(">= 80%", ">= 82%", ">= 85%", ">= 87%", ">=90%"), "S.Regolazione Mercato Tutela Consumatore", None),
 ]),
 ("8", "8. Accountability e Trasparenza", [
  ("Assenza di segnalazioni illeciti/eventi corruttivi (PTPCT)", y5(*[N("0,00")] * 5), "S.Staff", None),
  ("N istanze accesso civico anno x/N istanze accesso civico anno x-1", y5(*["<=1"] * 5), SSG, None),
  ("Incrementare il grado di trasparenza dell'amministrazione (Indice composto che esprime il livello di trasparenza dell'ente sulla base delle valutazioni dell'OIV)",
   y5("≥ 90%", "≥ 90%", "≥ 92%", "≥ 92%", "≥ 95%"), "S.Staff", None),
 ]),
 ("9", "9. Qualità, efficienza e centralità della performance", [
  ("N. atti deliberativi gestiti nel rispetto dei termini imposti dalla normativa e dalle disposizioni interne / N. totale degli atti deliberativi",
   y5(P("95%"), P("95%"), P("98%"), P("98%"), P("100%")), SSG, None),
  ("Tempi medi di lavorazione delle pratiche RI anno x al netto della sospensione", y5("<2", N("1,45"), N("1,45"), N("1,45"), N("1,45")), SA, None),
  ("Percentuale di pratiche telematiche e con protocollazione automatica evase entro 5 gg", y5(*[P("98%")] * 5), SA, None),
  ("Tempo medio di sospensione delle pratiche telematiche da parte del servizio R.I.", y5("<5", N("4,5"), N("4,5"), N("4,5"), N("4,5")), SA, None),
  ("Tempo medio di lavorazione delle pratiche RI", y5("<6", N("5,0"), N("5"), N("5"), N("5")), SA, None),
  ("Tempestività dei pagamenti: tempi medi di lavorazione delle fatture passive", y5(N("18"), N("18"), N("16"), N("16"), N("15")), SBP, None),
  ("Percentuale di fatture pagate entro trenta giorni", y5(P("91%"), P("92%"), P("93%"), P("94%"), P("95%")), SBP, None),
  ("N° obiettivi soggetti a modifica in itinere / n° obiettivi programmati ex ante", y5("< 20%", "< 20%", "< 18%", "< 18%", "< 18%"), "S. Staff", None),
  ("Indicatore sintetico esprimente il grado medio di soddisfazione rilevata da indagini di  customer satisfaction da parte dei diversi servizi camerali\n NOTA: valore medio rilevato dal valore consuntivo trasmesso da ciascun servizio della CCIAA che, operante in front office, rileva la qualità percepita tramite customer",
   y5(">  medio", "> medio", "> medio", ">  medio", "> medio"), "S. Staff", None),
  ("Indicatore annuale di tempestività dei pagamenti  art. 33 D.Lgs 33/2013 e art. 9 DPCM 22/09/2014 (∑, per ciascuna fattura per transazione commerciale, dei gg intercorrenti tra scadenza e pagamento moltiplicata per l’importo dovuto, rapportata alla ∑ degli importi pagati nel periodo - esprime il ritardo medio di pagamento ponderato in base all’importo delle fatture)",
   y5("ITP < -10", "ITP < -10", "ITP < -13", "ITP < -15", "ITP < -15"), SBP, None),
 ]),
 ("10", "10. Consolidamento del modello organizzativo del nuovo Ente per l'Innovazione e la Transizione Digitale", [
  ("Incremento efficienza/efficacia processi mappati progetto lean organization: monitoraggio costante degli indicatori", y5(*["Annuale"] * 5), "Staff", None),
  ("Grado di attuazione di forme di organizzazione del lavoro in telelavoro o lavoro agile (rif. Pareto): n°dip in lavoro agile/telelavoro/N° dipendenti", y5(*[">15%"] * 5), "Staff", None),
  ("Grado di copertura  (strumenti ed interventi formativi)  del processo di digitalizzazione interna",
   y5(P("85%"), P("88%"), P("92%"), P("96%"), P("100%")), UGD, None),
 ]),
 ("11", "11.  Comunicazione istituzionale: tra accompagnamento della governance e dialogo tra le imprese e cittadini", [
  ("N° output di comunicazione sui momenti cardine della governance camerale", y5(N("8"), N("9"), N("10"), N("11"), N("12")), SSG, "Modifica indicatore D CC 25/10/2022"),
  ("N°iscrizioni Newsletter anno x/N°iscrizioni Newsletter anno x-1", y5(*[">1"] * 5), SSG, None),
  ("Crescita qualitativa social: N° followers anno x/N° followers anno x-1", y5(*[">1"] * 5), SSG, None),
 ]),
 ("12", "12. Valorizzazione del capitale umano e dei livelli di benessere organizzativo", [
  ("Ore medie di formazione del personale a tempo indeterminato anno x/Ore medie di formazione del personale a tempo indeterminato anno x-1", y5(*[">1"] * 5), "S. Staff", None),
  ("Livello di benessere organizzativo anno x/Livello di benessere organizzativo anno x-1", y5(*[">1"] * 5), "S.Staff", None),
 ]),
 ("13", "13. Valorizzazione e gestione efficiente del patrimonio immobiliare", [
  ("Revisione e attuazione del Piano di razionalizzazione del patrimonio immobiliare: azioni realizzate anno \"n\" / azioni programmate anno \"n\"",
   y5("Anno di rilevazione\n(revisione piano)", P("90%"), P("90%"), P("90%"), P("90%")), SBP, None),
  ("Grado di realizzazione degli interventi di manutenzione ordinaria e straordinaria degli immobili destinati alla resa diretta di servizi:\nLavori realizzati / Lavori programmati",
   y5(*[P("90%")] * 5), SBP, None),
 ]),
 ("14", "14.  Revisione della spesa e potenziamento dei flussi economico finanziari in entrata", [
  ("Importo totale riscossioni spontanee del Diritto Annuale x / Dovuto per Diritto Annuale x",
   y5(P("69%"), P("69%"), P("70%"), P("70%"), P("71%")), "S.Gestione Risorse Finanziarie e Patrimoni", "Eliminato D CC 25/10/2022"),
  ("Riduzione incidenza costi per consumi intermedi su totale proventi :\n(costi / proventi anno x) / (costi / proventi anno x-1)                                                     (Esclusi i costi per energia elettrica e riscaldamento in analogia Circolare MEF 23 del 19.5.2022)",
   y5(*["<1"] * 5), SBP, None),
  ("Riscossione dei crediti non tributari (Crediti anni precedenti a bilancio anno x / Crediti anni precedenti a bilancio anno x-1)", y5(*["<1"] * 5), SBP, None),
  ("Indice equilibrio strutturale (Proventi strutturali - Oneri strutturali)", y3(P("-10,10%"), P("-9,90%"), P("-9,70%")), SBP, OCS),
  ("Indice di struttura primario (Patrimonio netto)", y3(P("220%"), P("225%"), P("230%")), SBP, OCS),
  ("% di incasso del Diritto annuale (Totale Diritto Annuale incassato entro il 31/12 al netto di interessi e delle sanzioni)",
   y3(P("68,50%"), P("68,60%"), P("68,70%")), SBP, OCS),
  ("Capacità di generare proventi (Proventi correnti - Proventi da diritto annuale - Proventi da Diritti di segreteria - Proventi da Fondo perequativo)",
   y3(P("14%"), P("14,10%"), P("14,20%")), SBP, OCS),
 ]),
]
