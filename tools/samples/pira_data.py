"""Seed 002 (CCIAA Toscana Nord Ovest, PIRA 2023-2025): missions, programmes,
strategic objectives and indicators with the seed's texts and numbers.

Paragraphs keep the seed's line breaks only to ease review; para() joins them.
Algorithm text marks measure codes as {CODE}; '\n' is a forced line break
(the seed starts a new line before '/ CODE' in the IS_ indicators).
"""


def para(s):
    out = ""
    for line in s.strip().split("\n"):
        line = line.strip()
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -"):
            out += line
        else:
            out += " " + line
    return out


def I(code, name, desc, weight, owner, algo, formula, targets, typ, unit, name_break=None):
    return dict(code=code, name=name, desc=desc, weight=weight, owner=owner, algo=algo,
                formula=formula, targets=targets, type=typ, unit=unit)


def OS(code, title, weight_text, desc, res, budget, inds):
    return dict(code=code, title=title, weight_text=weight_text, desc=para(desc), res=res, budget=budget, inds=inds)


TARGET_YEARS = [2023, 2024, 2025]
TITLE = "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2023/2025"

MISSIONS = [
 ("011", "Competitività e sviluppo imprese", [
  ("005", "Politiche di sviluppo, competitività e innovazione, di RSI e movimento cooperativo", [
   OS("OS_1.2InnovazProces", "Supportare l’innovazione dei processi e dei servizi camerali, sviluppo di piattaforme collaborative e workplaces, sviluppo di nuovo canali di comunicazione con i clienti e gli utenti",
      "(Peso: 16,66%)", """
L'Ente intende armonizzare le procedure/processi/regolamenti in un'ottica di efficientamento. Si rende necessario altresì sviluppare il
tema della dematerializzazione e dell'attivazione dei servizi on-line in maniera conforme al Codice dell'Amministrazione Digitale,
sfruttando al massimo le potenzialità della Intranet, del sito istituzionale e degli applicativi utilizzati dai vari uffici camerali, anche al
fine dell'attivazione centralizzata dei monitoraggi dei tempi di evasione delle pratiche, del rispetto delle tempistiche della carta dei
servizi, degli obiettivi del cascading del PIAO ecc.. E' altresì obiettivo della Camera incrementare il grado di soddisfazione degli
utenti, tramite l'implementazione dei servizi telematici all'utenza nonché mediante azioni formative rivolte all'utenza anche
professionale (notai, commercialisti, consulenti, associazioni di categoria, ecc.) funzionali ad apprendere/approfondire la conoscenza
delle procedure operative e dei sistemi informatici utilizzati nell'interazione con gli uffici.""",
      "229.447,35 Euro", None, [
    I("A3.1_02", "Grado di coinvolgimento delle imprese tramite strumenti di CRM",
      "Misura la capacità della Camera di raggiungere i target delle attività camerali attraverso attività di comunicazione multicanale.",
      "50,00%", None,
      "{N_Impr_A3.1.2} Numero di utenti raggiunti tramite sistemi di tipo CRM (Custmer Relationship Management) al 31/12 dell'anno \"n\" / {N_ImprAtt} Numero imprese attive al 31/12",
      "N_Impr_A3.1.2 / N_ImprAtt", [">= 20,00 %", ">= 20,00 %", ">= 20,00 %"], "Efficacia", "%"),
    I("EC27", "Indice equilibrio strutturale",
      "Indica la capacità della camera di coprire gli oneri strutturali con i proventi strutturali", "50,00%", None,
      "( {ProvStrut} Proventi strutturali (Proventi correnti - Maggiorazione Diritto annuale - Contributi da Fdp - Contributi per finalità promozionali) - {OnStrut} Oneri strutturali (Costi di Personale + Funzionamento + Ammortamenti e accantonamenti - Accantonamento al Fondo rischi e oneri - Quota svalutazione crediti riferiti alla maggiorazione (20% e/o 50%) del Diritto annuale) ) / {ProvStrut} Proventi strutturali (Proventi correnti - Maggiorazione Diritto annuale - Contributi da Fdp - Contributi per finalità promozionali)",
      "(ProvStrut - OnStrut) / ProvStrut", [">= 10,00 %", ">= 10,00 %", ">= 10,00 %"], "Salute economica", "%"),
   ]),
   OS("OS_2.1Infrastrutture", "Stimolare lo sviluppo di infrastrutture materiali e immateriali quale fattori di competitività dell’area Toscana nord ovest",
      "(Peso: 16,66%)", """
Il ruolo della camera di Commercio della toscana Nord Ovest sul tema delle infrastrutture è soprattutto di ascolto, mediazione e
indirizzo politico. La rilevanza del territorio nel contesto regionale e la capacità di assumere un ruolo di mediazione e di raccordo tra
le istanze delle diverse categorie economiche e degli attori politico-istituzionali è alla portata della camera e ne costituisce una sfida.
Altrettanto sfidante sarà promuovere, anche con un'azione diretta un portafoglio di progetti anche di massima, utile a sostanziare
l'attività di proposta""",
      "147.320,75 Euro", "€ 70.000,00", [
    I("IS_TavoloInfra", "Numero di proposte progettuali presentate dalla Camera di Commercio tramite il tavolo istituzionale delle infrastrutture nel quinquennio di mandato",
      None, "100,00%", None,
      "{M_TavoloInfra} N. di analisi preliminari presentate dalla Camera di Commercio tramite il tavolo istituzionale delle infrastrutture",
      "M_TavoloInfra", [">= 1,00 N.", ">= 3,00 N.", ">= 3,00 N."], "Efficienza", "N."),
   ]),
   OS("OS_2.2AnalisiEconom", "Orientare le scelte dei policy maker e del sistema delle imprese mediante un’analisi economica sistematica dei sistemi produttivi e delle loro traiettorie di sviluppo",
      "(Peso: 16,66%)", """
La Camera intende analizzare sistemi produttivi del territorio e i trends di sviluppo settoriali nell'ottica di offrire elementi di stimolo
alla competitività delle imprese e degli aspiranti imprenditori. La Camera intende anche supportare, sempre attraverso analisi
economiche, le proprie policy e collaborare ai progetti di pianificazione degli Enti Locali. E' altresì obiettivo della Camera misurare
gli impatti economici delle manifestazioni più rilevanti realizzate sul territorio e il grado di soddisfazione dei servizi camerali e dei
suoi Enti strumentali. Partner di riferimento per questo programma è l’azienda speciale Istituto studi e ricerche ISR.""",
      "294.641,51 Euro", "€ 230.000,00", [
    I("IS_2.2Analisieconomi", "N. studi e/o indagini realizzati", None, "100,00%", "ISR",
      "{MS_2.2Analisieconomi} N. studi e/o indagini realizzati",
      "MS_2.2Analisieconomi", [">= 6,00 N.", ">= 6,00 N.", ">= 6,00 N."], "Volume", "N."),
   ]),
   OS("OS_2.3TransEcoDigit", "Sostenere la doppia transizione ecologica e digitale, promozione dell'innovazione tecnologica ed organizzativa, sostegno alla nascita e alla crescita di imprese tradizionali e innovative",
      "(Peso: 16,67%)", """
I Punti Impresa Digitale, costituiti presso tutte le Camere di Commercio italiane e riconosciuti una buona pratica a livello europeo,
hanno assistito e continuano ad assistere le imprese nell’utilizzo e nell'investimento di strumenti digitali e tecnologici e nei processi di
innovazione (formazione imprese, assessment digitale, orientamento, selezione best practices, voucher, ecc.), ma possono fornire un
contributo anche per affrontare il tema della doppia transizione, che rappresenta un elemento centrale del cambiamento economico-
sociale in atto e assume un ruolo prioritario nelle misure e nei progetti di rilancio del nostro Paese nell’ambito del PNRR . I PID
potranno focalizzarsi su temi a maggior potenziale e su tecnologie di punta difficilmente accessibili alle PMI (quali ad es. la
cybersecurity, l'Intelligenza artificiale, la realtà aumentata, ecc. anche mediante la realizzazione di "fabbriche modello" per rendere
tangibile il beneficio della tecnologia) per supportare le imprese a ripensare i processi e i modelli organizzativi anche in coerenza con
quanto richiesto dalla "doppia transizione", anche mediante gli strumenti di assessment già sperimentati o di nuova concezione
promossi a livello nazionale (Es. sulla maturità digitale: SELFI4.0 e ZOOM 4.0; sulla cybersecurity PID Cyber Check; sulle
competenze del capitale umano Digital Skill Voyager). Infine, accompagnare le imprese nell'implementazione delle soluzioni
tecnologiche e green facilitandone l’accesso ai finanziamenti pubblici.""",
      "3.020.679,80 Euro", "€ 1.841.800,00", [
    I("OC_TD_01", "Livelli di attività di valutazione della maturità digitale delle imprese",
      "Misura la numerosità dei self assessment e/o assessment guidati della maturità digitale condotti dal PID (anche eseguiti da remoto)",
      "25,00%", None, "{N_self-ass_PID} N. self-assessment e/o assessment guidati (anche eseguiti da remoto) della maturità digitale condotti dal PID",
      "N_self-ass_PID", [">= 500,00 N.", ">= 500,00 N.", ">= 500,00 N."], "Volume", "N."),
    I("OC_TD_02", "Azioni di diffusione della cultura digitale realizzate dal PID",
      "Indica il numero di eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID",
      "25,00%", None, "{N_eventi-inf_PID} N. eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID",
      "N_eventi-inf_PID", [">= 30,00 N.", ">= 30,00 N.", ">= 30,00 N."], "Volume", "N."),
    I("OC_TD_03", "Capacità di coinvolgimento negli eventi relativi al PID",
      "Misura la numerosità dei partecipanti a eventi organizzati dalle CCIAA sul PID", "25,00%", None,
      "{N_Part-eventi_PID} N. partecipanti ad eventi organizzati dalle CCIAA sul PID",
      "N_Part-eventi_PID", [">= 650,00 N.", ">= 650,00 N.", ">= 650,00 N."], "Volume", "N."),
    I("OC_TD_04", "Grado di coinvolgimento delle imprese in attività di assistenza per la digitalizzazione e l’adozione di tecnologie 4.0",
      "Indica il numero totale di imprese (utenti unici) assistite a vario titolo attraverso i PID per quel che riguarda i servizi di digitalizzazione e tecnologie 4.0 rispetto al totale di imprese attive al 31/12 (escluse le attività locali)",
      "25,00%", None, "{N_Imprese_Dig4.0} N. imprese assistite per la digitalizzazione e l'adozione di tecnologie 4.0 nell'anno / 100 imprese attive al 31/12",
      "N_Imprese_Dig4.0 / 100 imprese attive al 31/12", [">= 0,23 N.", ">= 0,23 N.", "= 0,23 N."], "Efficacia", "N."),
   ]),
   OS("OS_2.5filieraTurism", "Sostenere la filiera del turismo, delle imprese culturali e creative e la valorizzazione integrata del territorio",
      "(Peso: 16,67%)", """
Il programma di lavoro in materia di turismo e beni culturali per il 2023 riguarda la valorizzazione dell’attrattività dei territori,
attraverso la promozione delle iniziative locali anche in compartecipazione con associazioni, Ambiti turistici e Comuni, ma
soprattutto, attraverso la promozione dello strumento delle destinazioni turistiche necessario per dare una governance (DMO) ai
territori e definire meglio i fattori identitari locali, così da poter sviluppare progetti di filiera (turismo-artigianato di qualità-
agroalimentare-cultura) efficaci. Le esperienze maturate dalle Camere accorpate in TerrediPisa o The land's of Giacomo Puccini
saranno portate avanti, cercando di condividere metodi e buone partiche per sviluppare anche nuove progettualità o nuove modalità di
intervento di CCIAA TNO nelle iniziative proposte sui territori da soggetti terzi (festival Convivere, Pianeta Terra, Internet Festival,
ecc.). La collaborazione con gli enti competenti (Ambiti turistici, Comuni, Toscana promozione turistica) sarà valorizzata, mettendo a
disposizione competenze e know-how camerali. Lo stesso vale per Vetrina Toscana.""",
      "3.047.818,02 Euro", "€ 1.466.000,00", [
    I("EC19.1", "Grado di restituzione delle risorse al territorio in interventi di promozione",
      "Misura il valore del diritto annuale (al netto dell’accantonamento) restituito al tessuto economico mediante gli Interventi economici.",
      "100,00%", None, "( {BilCons_IE} Interventi economici + {C_D} Totale costi della funzione istituzionale D ) / {DirAnn} Diritto annuale al netto del fondo svalutazione crediti da D.A",
      "(BilCons_IE + C_D) / DirAnn", [">= 80,00 %", ">= 82,00 %", ">= 85,00 %"], "Efficacia", "%"),
   ]),
   OS("OS_2.6MercLavoro", "Supportare lo sviluppo del mercato del lavoro, l’orientamento, la diffusione e certificazione di competenze in linea coi fabbisogni occupazionali delle imprese",
      "(Peso: 16,67%)", """
Proseguirà ed anzi verrà rafforzato l’impegno della nuova Camera sul fronte della formazione e dell’orientamento al lavoro. Da una
parte proseguiranno a livello locale gli interventi positivi già realizzati anche negli anni precedenti, dall’altro attraverso anche la
collaborazione con ISI verranno proposti ed organizzati eventi webinar e/o progetti strutturati con particolare interesse anche allo
sviluppo delle tecnologie.""",
      "626.130,33 Euro", "€ 300.000,00", [
    I("IS_RASLImprIscrit", "Numero imprese iscritte al RASL al 31 dicembre sul totale delle imprese attive iscritte al RI",
      None, "100,00%", None, "{M:RASLImprIscr} Numero imprese iscritte al RASL al 31 dicembre\n/ {N_ImprAtt} Numero imprese attive al 31/12",
      "M:RASLImprIscr / N_ImprAtt", [">= 3,00 %", ">= 3,00 %", ">= 3,00 %"], "Volume", "%"),
   ]),
  ]),
 ]),
 ("012", "Regolazione dei mercati", [
  ("004", "Vigilanza e tutela dei consumatori", [
   OS("OS_3.1PatrimonDati", "Valorizzare il patrimonio di dati del registro delle imprese in quanto Banca Dati Nazionale chiamata ad entrare nella PiattaformaDigitaleNazionaleDati (canc., iscriz.PEC,Tit.effet.,rev.albi ruoli)",
      "(Peso: 25,00%)", """
Valorizzazione del patrimonio di dati del Registro delle Imprese attraverso azioni dirette alla diffusione degli strumenti di
riconoscimento dell'identità digitale; azioni migliorative dei servizi erogati allo sportello (es.: carte tachigrafiche e certificazione
origine delle merci); azioni volte all'omogeneizzazione di prassi e procedure nonché alla pronta ed efficace acquisizione delle
competenze tecniche (entrata in vigore di Dire, nuovo interfaccia unico dell'utenza e di Copernico, per la gestione del back office)
funzionali ad una nuova gestione delle attività istruttorie, al miglioramento della qualità dei dati e alla riduzione delle sospensioni;
azioni volte alla gestione anche in forma massiva di procedimenti d'ufficio per migliorare la qualità della banca dati. Il neo nato
Registro dei Titolari effettivi d’Impresa costituirà infine l’ultimo in ordine temporale, strumento di sistema per la trasparenza a
sostegno della legalità economica""",
      "2.769.438,91 Euro", "€ 100.000,00", [
    I("C1.1_07", "Tempo medio di lavorazione delle pratiche telematiche Registro Imprese",
      "Indica il tempo medio di lavorazione delle pratiche telematiche del Registro Imprese.", "34,00%", None,
      "{T_medi_C1.1.1} Tempi medi di lavorazione delle pratiche telematiche del Registro Imprese",
      "T_medi_C1.1.1", ["<= 2,50 gg", "<= 2,50 gg", "<= 2,50 gg"], "Qualità", "gg"),
    I("OC_TBS_02", "Grado di adesione al cassetto digitale",
      "Misura il grado di adesione delle imprese al cassetto digitale rispetto al totale delle imprese attive al 31/12", "33,00%", None,
      "{N_Imprese_CD} N. imprese aderenti Cassetto digitale / {N_ImprAtt} Numero imprese attive al 31/12",
      "N_Imprese_CD / N_ImprAtt", [">= 32,00 %", ">= 35,00 %", ">= 38,00 %"], "Efficacia", "%"),
    I("OC_TBS_03", "Grado di rilascio di strumenti digitali",
      "Indica il numero di strumenti digitali rilasciati e rinnovati rispetto al totale delle imprese attive al 31/12*\n*N. dispositivi (certificati: primo rilascio e rinnovi) di firma digitale (smart card e token)",
      "33,00%", None, "{N_Strumenti_dig} N. strumenti digitali (primo rilascio + rinnovo) / 100 imprese attive al 31/12",
      "N_Strumenti_dig / 100 imprese attive al 31/12", [">= 11,00 N.", ">= 11,00 N.", ">= 11,00 N."], "Efficacia", "N."),
   ]),
   OS("OS_3.2AttivRegMercat", "Implementare le attività di regolazione del mercato, sviluppo accordi interistituzionali, collaborazioni con le associazioni dei consumatori (metrico, vigilanza, sportello consumatori)",
      "(Peso: 25,00%)", """
La Camera di Commercio intende contribuire allo sviluppo di un mercato basato su un sistema di regole efficaci, precise e note in
modo da favorire la prevenzione dei comportamenti illeciti, nonché tutelare imprese e consumatori nei vari settori di competenza
camerale (metrologia legale, orafi, calzature, settore moda, dispositivi di protezione individuali, emissione CO2, centri tecnici,
etichettatura, ecc.)""",
      "1.569.120,52 Euro", "€ 36.000,00", [
    I("IS_03.02AttivRegMerc", "Numero verifiche utenti metrici effettuate nell'anno N rispetto all'anno N-1", None, "100,00%", "Ufficio Metrico",
      "{MSN_03.02AttivRegMer} Numero verifiche su utenti metrici effettuate nell'anno corrente (N)\n/ {MSD_3.2AttivRegMerc} Numero verifiche su utenti metrici effettuate nell'anno precedente (N -1)",
      "MSN_03.02AttivRegMer / MSD_3.2AttivRegMerc", [">= 1,00 N.", ">= 1,00 N.", ">= 1,00 N."], "Efficienza", "N."),
   ]),
   OS("OS_3.3GiustiziaRapid", "Supportare la sfida del paese per una giustizia più rapida e efficace sviluppando le attività di mediazione e arbitrato",
      "(Peso: 25,00%)", """
La riduzione dei tempi della giustizia civile del 40% rappresenta uno degli obiettivi da raggiungere in quanto previsto nel PNRR.
Tale obiettivo sarà realizzato anche attraverso la riforma degli strumenti di giustizia alternativa che avranno, nel 2023, un impatto
sull'organizzazione dei servizi della CCIAA. Le riflessioni e le proposte messe a punto dal sistema camerale sono state, tra l'altro,
totalmente riprese nelle proposte normative di riforma della giustizia civile. Nel corso del 2023, pertanto, sarà necessario
promuovere e organizzare una serie di percorsi di informazione e di formazione, di aggiornamento normativo, rivolti agli addetti
del servizio, ai mediatori, agli arbitri, ma soprattutto alle imprese e ai consumatori, nonchè adeguare i regolamenti e i relativi
allegati alle nuove disposizioni""",
      "839.419,68 Euro", "€ 185.160,00", [
    I("IS_MediazConcilN-1", "Numero di procedure di mediazione/conciliazione avviate nell'anno N rispetto all'anno N-1", None, "100,00%",
      "Uff. Mediazione e conciliazioni",
      "{MS_MediazConcilN} Numero di procedure di mediazione/conciliazione avviate nell'anno attuale (N)\n/ {MS_MediazConcilD} Numero di procedure di mediazione/conciliazione avviate nell'anno precedente (N-1)",
      "MS_MediazConcilN / MS_MediazConcilD", [">= 1,00 N.", ">= 1,00 N.", ">= 1,00 N."], "Volume", "N."),
   ]),
   OS("OS_3.4CrisiImpresa", "Promuovere gli strumenti di prevenzione della crisi di impresa, la crescita della cultura finanziaria",
      "(Peso: 25,00%)", """
Prevenzione della crisi, sostenibilità finanziaria, accesso al credito, rappresentano le direttrici fondamentali per le imprese, in una
congiuntura caratterizzata da rischio di indebitamento eccessivo, instabilità dei costi delle materie prime e dell’energia. La Camera
di Commercio realizzerà iniziative divulgative e formative degli addetti al servizio e degli imprenditori/professionisti sui temi dei
sistemi di programmazione e controllo, della sostenibilità finanziaria, dell'accesso al credito, della prevenzione della crisi. La nuova
dimensione dell'Ente, una volta unificati gli Organismi di composizione della crisi di Pisa e Massa-Carrara, consentirà la
promozione dei servizi di composizione delle crisi da sovraindebitamento, quale ausilio per la concreta gestione delle singole
procedure, con particolare riguardo all'accesso del consumatore. Proseguirà poi il servizio di composizione negoziata per la
prevenzione della crisi con l'ausilio della piattaforma telematica nazionale che rappresenta il perno delle procedure""",
      "559.279,40 Euro", "€ 120.000,00", [
    I("IS_CrisiImpresaN-1", "N. procedure di composizione delle crisi da sovraindebitamento avviate nell'anno N rispetto all'anno N-1", None, "100,00%", "Ufficio OCC",
      "{MS_CrisiImpresaN} N. procedure di composizione delle crisi da sovraindebitamento avviate nell'anno corrente (anno N)\n/ {MS_CrisimpresaD} N. procedure di composizione delle crisi da sovraindebitamento avviate nell'anno precedente (anno N-1)",
      "MS_CrisiImpresaN / MS_CrisimpresaD", [">= 1,00 N.", ">= 1,00 N.", ">= 1,00 N."], "Volume", "N."),
   ]),
  ]),
 ]),
 ("016", "Commercio internazionale e internazionalizzazione del sistema produttivo", [
  ("005", "Internazionalizzazione e Made in Italy", [
   OS("OS_2.4Internazionliz", "Sostenere lo sviluppo di nuove imprese esportatrici e lo sviluppo dell’internazionalizzazione, con particolare riferimento alle filiere prevalenti per contributo al PIL delle province di riferimento",
      "(Peso: 16,67%)", """
Le linee d’azione del sistema camerale nel campo dell’internazionalizzazione rispondono all’obiettivo strategico di individuare,
formare ed avviare sui mercati internazionali le PMI attualmente attive sul solo mercato domestico. Sostenere lo sviluppo economico
del territorio attraverso interventi specifici per lo sviluppo e/o il rafforzamento dell’export e della competitività delle imprese sui
mercati internazionali. In tale ambito si proseguirà con l'implementazione del Progetto SEI (Sostegno all’Export dell’Italia), con
un’offerta di servizi quali: autovalutazione e tool di analisi delle opportunità di mercato per valutare l'opportunità; attività di
informazione, sensibilizzazione e orientamento all’estero; primo accompagnamento alle PMI attraverso progetti individuali e di
filiera, utilizzando la leva del digitale e del commercio elettronico anche in collaborazione con i punti PID e con PROMOS ITALIA,
voucher per l'acquisto di servizi specialistici o la partecipazione a fiere. Per il 2023 verrà potenziata la capacità delle CCIAA di
elaborare a seguito profilazione, percorsi di accompagnamento all'estero personalizzati per le PMI, utilizzando la rete delle CCIE
(progetto Stay Export) e le piattaforme rese disponibili da soggetti pubblici e privati che verranno implementate ed arricchite con
servizi di assistenza al sistema camerale per facilitare l'accesso alle gare europee in raccordo con attività rete EEN. Si prevede la
realizzazione di interventi diretti (partecipazione a fiere di rilievo internazionale, b2b) nonché la compartecipazione ad eventi ed
iniziative anche di terzi""",
      "2.377.453,94 Euro", "€ 1.145.200,00", [
    I("OC_Int_01", "Livello di supporto alle imprese in tema di internazionalizzazione",
      "Misura la numerosità delle imprese assistite sui temi dell'internazionalizzazione (promozione, formazione, seminari, ecc.)",
      "33,00%", None, "{N_Imprese_supp_Int} N. imprese supportate per l'internazionalizzazione",
      "N_Imprese_supp_Int", [">= 500,00 N.", ">= 500,00 N.", ">= 500,00 N."], "Volume", "N."),
    I("OC_Int_02", "Livello di attività di informazione e orientamento ai mercati",
      "Esprime il volume di attività degli incontri e degli eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema",
      "33,00%", None, "{N_Incontri_Int} N. incontri ed eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema",
      "N_Incontri_Int", [">= 20,00 N.", ">= 20,00 N.", ">= 20,00 N."], "Volume", "N."),
    I("OC_Int_03", "Grado di coinvolgimento delle imprese in attività di internazionalizzazione",
      "Misura l'incidenza delle imprese assistite sui temi dell'internazionalizzazione rispetto al totale delle imprese esportatrici",
      "34,00%", None, "{N_Imprese_supp_Int} N. imprese supportate per l'internazionalizzazione / {N_Imprese_Exp} N. imprese esportatrici",
      "N_Imprese_supp_Int / N_Imprese_Exp", [">= 15,00 %", ">= 15,00 %", ">= 15,00 %"], "Efficacia", "%"),
   ]),
  ]),
 ]),
 ("032", "Servizi istituzionali e generali delle Amministrazioni pubbliche", [
  ("002", "Indirizzo politico", [
   OS("OS_1.3ComunEMedia", "Affermare un’immagine coerente alla nuova mission della CCIAA TNO attraverso un accesso sistematico e strutturato a tutti i media tradizionali e digitali, compresi quelli abilitati da tecnologie 4.0",
      "(Peso: 16,67%)", """
Esiste ciò che si comunica. L'affermazione, proveniente dal marketing, ha un'accezione specifica nella pubblica amministrazione.
Comunicare efficacemente significa rendere diffusamente ma selettivamente disponibili le informazioni sulle opportunità e sugli
adempimenti, rendere agevole l'interfacciamento dell'utente, raggiungere i destinatari finali dei servizi e delle informazioni,
accreditandosi, così facendo come una pubblica amministrazione che crea valore. L'utilizzo dei media avverrà sulla base di piano
di comunicazione integrato, che terrà conto dei vincoli normativi, ma soprattutto dell'efficacia tra media, target e contenuti,
associando ai tradizionali mezzi di comunicazione , quella digitale in tutte le sue forme (sito web, social networks, e-mail
marketing, etc.).""",
      "1.222.149,66 Euro", "€ 80.000,00", [
    I("IS_ProtocIntesa", "Protocolli di intesa sottoscritti", None, "100,00%", "Uff. Comunicazione ",
      "{MS_ProtocIntesa} Numero di protocolli di intesa sottoscritti",
      "MS_ProtocIntesa", [">= 5,00 N.", ">= 5,00 N.", ">= 5,00 N."], "Volume", "N."),
   ]),
  ]),
  ("003", "Servizi e affari generali per le Amministrazioni di competenza", [
   OS("OS_1.1CapUmano", "Curare la crescita delle competenze e la valorizzazione del capitale umano per creare una PA attrattiva e stimolante per le risorse umane",
      "(Peso:16,66%)", """
Le dinamiche che hanno interessato in questi anni il capitale umano delle CCIAA, progressivamente ridottosi ed imperniato su
conoscenze prevalentemente tradizionali, e le prospettive sulle sfide da affrontare nel prossimo futuro, che molto rapidamente
stanno concretizzandosi ed impongono nuove conoscenze e capacità per fronteggiarle, rendono indispensabile far compiere un
ulteriore salto di qualità al personale camerale, sia per consolidare le competenze tradizionali che per ricercarne ed acquisirne di
nuove. Attenzione particolare, verrà, poi dedicata alla formazione sulle soft skills presenti nel modello dei profili di competenza.
Inoltre si svilupperanno focus sui temi connessi al cambiamento organizzativo (metriche e strumenti), all'innovazione (interna e
dei servizi alle imprese), alla digitalizzazione dei processi lavorativi e alla gestione delle risorse umane.""",
      "518.253,97 Euro", None, [
    I("DFP 1.3", "Grado di copertura delle attività formative dedicate al personale",
      "Indica il grado di coinvolgimento del personale in attività formative", "33,00%", None,
      "{Dip-Form} N. di dipendenti che hanno seguito almeno un'attività formativa nell'anno / ( {Unit_Stab} Unità di personale dipendente (TI+TD) + {N_Dir} Numero di dirigenti (compreso SG) )",
      "Dip-Form / (Unit_Stab + N_Dir)", [">= 90,00 %", ">= 90,00 %", ">= 90,00 %"], "Indicatori DFP", "%"),
    I("IS_01.01_IndagPeople", "Rilevazione benessere organizzativo",
      "Rilevazione del grado di benessere organizzativo attraverso la somministrazione di apposito questionario di people satisfaction al personale dipendente",
      "33,00%", "Ufficio Personale",
      "{MS_01.01_RisIndPeopl} Risultato dell'indagine di People dell'anno N Punteggio ottenuto dall'indagine di people nell'anno N\n/ {MS_01.01_RisInPeoN-1} Risultato indagine di people anno N-1 Punteggio ottenuto nell'indagine di people nell'anno N-1",
      "MS_01.01_RisIndPeopl / MS_01.01_RisInPeoN-1", [">= 1,00 N.", ">= 1,00 N.", ">= 1,00 N."], "Efficienza", "N."),
    I("IS_01.02_", "Bilancio delle competenze",
      "Indica la percentuale di dipendenti coinvolti nell’analisi delle soft skill", "34,00%", "Ufficio Personale",
      "Bilancio soft skill personale TNO /dipendenti non dirigenti a tempo indeterminato I semestre 23",
      None, [">= 95%", "", ""], "", ""),
   ]),
   OS("OS_1.4AssetCCIAAVal", "Valorizzare gli asset camerali immobiliari e mobiliari al fine di massimizzare l’efficacia del ruolo dell’Ente sulle circoscrizioni di riferimento",
      "(Peso: 16,67%)", """
La Camera intende perseguire la razionalizzazione e la valorizzazione del proprio patrimonio immobiliare anche in ottica di
efficientamento energetico. Le attività già avviate dalle precedenti di Camere, volte e liberare spazi non più necessari agli impieghi
istituzionali proseguirà fino all'individuazione delle migliori soluzioni per ogni complesso immobiliare: messa a reddito, cessione,
valorizzazione per finalità istituzionali, anche in collaborazione con soggetti terzi. Sugli immobili destinati a finalità istituzionali
proseguiranno gli interventi di riqualificazione energetica. Completati i lavori già avviati sul Palazzo degli affari a Pisa, si
avvieranno le ricognizione sugli altri immobili di proprietà dell'Ente o delle sue partecipate unipersonali. Inoltre particolare
attenzione sarà dedicata alla valorizzazione del patrimonio bibliografico ed archivistico dell'Ente.""",
      "845.004,85 Euro", None, [
    I("EC05.1", "Indice di struttura primario",
      "Misura la capacità della Camera di commercio di finanziare le attività di lungo periodo interamente con capitale proprio.",
      "50,00%", None, "{Patrimonio netto} / {Immob} Immobilizzazioni",
      "Patrimonio netto / Immob", [">= 130,00 %", ">= 130,00 %", ">= 130,00 %"], "Salute economica", "%"),
    I("IS_EffEner", "Riduzione dei consumi di energia elettrica rispetto all'anno precedente", None, "50,00%", "Uff. Provveditorato",
      "{M_KWh_Num} N. KWh fatturati in bolletta energia elettrica riferiti all'anno corrente (N)\n/ {M_KWh_Den} N. KWh fatturati in bolletta energia elettrica riferiti all'anno precedente (N-1)",
      "M_KWh_Num / M_KWh_Den", ["<= 97,00 %", "<= 97,00 %", "<= 97,00 %"], "Efficienza", "%"),
   ]),
   OS("OS_1.5Salutegestion", "Garantire la salute gestionale anche promuovendo efficienza e reperimento nuove risorse",
      "(Peso: 16,67%)", """
I tagli del diritto annuale, ormai a regime nella misura del 50% rispetto all’anno 2014, hanno determinato una sostanziale
riduzione del gettito (fonte di finanziamento principale tra le entrate) dell'Ente rendendo ancor più essenziale implementare azioni
volte a ridurre, quanto più possibile, il tasso di evasione tramite azioni di tempestivo monitoraggio e sollecito alle imprese
inadempienti, nonché tempestivo accertamento e irrogazione della conseguente sanzione per le società in liquidazione da attuarsi
strutturando un’efficace comunicazione tra Registro Imprese e Ufficio del Diritto Annuale. Altrettanto fondamentale è l’attenzione
al contenimento dei costi di funzionamento dell’Ente, nonché l’implementazione di un sistema contabile che fornisca agli uffici
che progettano ed erogano “servizi di mercato” le informazioni necessarie per stabilire tariffe remunerative e contenere al minimo
le perdite su crediti commerciali. Tutto ciò al fine di incrementare il valore aggiunto della Camera che potrà essere riversato sul
sistema economico sia sotto forma di interventi diretti che mediante erogazione di servizi anagrafico certificativi, promozionali e
di regolazione del mercato.""",
      "717.282,89 Euro", None, [
    I("EC07", "Capacità di generare proventi",
      "Misura quanta parte dei Proventi correnti è stata generata dalla Camera di commercio oltre alle entrate da Diritto annuale e da Diritti di segreteria.",
      "33,00%", None, "{ProvCorrDirAnnDirSegr} Proventi correnti - Proventi da diritto annuale - Proventi da Diritti di segreteria - Proventi da Fondo perequativo / {ProvCorrSval} Proventi correnti (al netto del fondo svalutazione crediti da D.A)",
      "ProvCorrDirAnnDirSegr / ProvCorrSval", [">= 11,00 %", ">= 11,00 %", ">= 11,00 %"], "Efficacia", "%"),
    I("B3.2_01", "Tempo medio di pagamento delle fatture passive",
      "Indica il tempo medio necessario alla Camera di commercio per pagare le fatture passive. Questo indicatore è una misura della capacità della Camera di commercio di rispettare i vincoli normativi riguardo ai tempi di pagamento dei fornitori.",
      "33,00%", None, "{GG_B3.2_FattPass} Somma dei giorni che intercorrono tra la data del giorno di registrazione fattura (protocollo) alla data di pagamento (messa in distinta) nell'anno \"n\" (*)al netto delle utenze e delle fatture Infocamere se gestite in compensazione)\n/ {N_B3.2_FattPass} Numero di fatture passive pagate nell'anno \"n\" (al netto delle utenze e delle fatture Infocamere se gestite in compensazione)",
      "GG_B3.2_FattPass / N_B3.2_FattPass", ["<= -10,00 gg", "<= -10,00 gg", "<= -10,00 gg"], "", "gg"),
    I("IS_DirAnnConfrPareto", "Confronto sulla percentuale di incasso diritto annuale (indicatore Pareto B3.1_02) con il cluster CCIAA Grandi anno N-2",
      "Rileva l'efficacia della riscossione Diritto Annuale rapportata al cluster CCIAA grandi di Pareto con riferimento all'anno N-2",
      "34,00%", "Uff. Diritto Annuale",
      "{MS_%ParetoTNO} Valore % inserito/ da inserire in Pareto in merito alla riscossione del diritto annuale TNO anno N Calcolo Pareto:\"Totale Diritto Annuale incassato entro il 31.12 al netto di interessi e delle sanzioni / Diritto Annuale al netto di interessi e delle sanzioni\"\n- {MS_DAParetoD} Valore % di riscossione Diritto Annuale presente su Pareto (Indicatore B3.1_02) riferito al cluster delle CCIAA grandi anno N-2",
      "MS_%ParetoTNO - MS_DAParetoD", [">= 67 %", ">= 67%.", ">= 67%."], "Efficacia", "N."),
   ]),
   OS("OS_1.6Trasparenza", "Migliorare la trasparenza della camera di commercio e le azioni di prevenzione della corruzione",
      "(Peso: 16,67%)", """
La Camera intende garantire il pieno assolvimento di tutti gli obblighi in materia di trasparenza e anticorruzione alla luce della
normativa vigente, delle delibera e delle Linee guida pubblicate da Anac. In particolare, entro il 31 gennaio 2022 ogni
amministrazione dovrà presentare il Piano integrato di attività e organizzazione, all’interno del quale confluiranno, oltre al Piano
triennale per la prevenzione della corruzione, anche il Piano delle Performance e il Pola per il lavoro agile.""",
      "50.588,27 Euro", None, [
    I("DFP 4.3", "Grado di trasparenza dell’amministrazione",
      "Indice composto che esprime il livello di trasparenza dell'ente sulla base delle valutazioni dell'OIV", "33,00%", None,
      "{Indice_Trasp} Indice sintetico di trasparenza dell’amministrazione",
      "Indice_Trasp", [">= 95,00 %", ">= 97,00 %", ">= 100,00 %"], "Indicatori DFP", "%"),
    I("IS_CustomUtenza", "Miglioramento della soddisfazione utenti - Indagine annuale ISR",
      "Indagine annuale ISR sulla soddisfazione degli utenti - Risultati maggiore o uguale a \"Buono\"", "33,00%", "Az. Speciale ISR",
      "{M_NCustomUtenza} Numero punteggi = o > a \"Buono\" ottenuto dai questionari dell'indagine di customer satisfaction realizzata da ISR\n/ {M_DCustomUtenza} Numero totale dei questionari ottenuti nell'indagine di customer satisfaction realizzata da ISR",
      "M_NCustomUtenza / M_DCustomUtenza", [">= 70,00 %", ">= 72,00 %", ">= 75,00 %"], "Qualità", "%"),
    I("IS_TotemServAnagraf", "Miglioramento della soddisfazione degli utenti - Indagine tramite Totem servizi anagrafici", None, "34,00%", None,
      "{MS_TotemN} Numero di contatti con esito negativo dell'anno (colori giallo e rosso)\n/ {MS_TotemD} Numero di contatti dello sportello fisico dell'anno",
      "MS_TotemN / MS_TotemD", ["<= 5,00 %", "<= 5,00 %", "<= 5,00 %"], "Efficienza", "%"),
   ]),
  ]),
 ]),
]

# IS_01.02_ prints its owner without the closing parenthesis, as in the seed.
OPEN_OWNER = {"IS_01.02_"}

TAIL = {
    "title": "Risorse non contemplate negli obiettivi sopra riportati",
    "items": [("Servizi per conto terzi e partite di giro", "€ 2.634.790,62 – missione 90, programma001, divisione 1, gruppo 3"),
              ("Debiti da finanziamento dell’amministrazione:", "€      95.000,00 – missione 091, programma 001, divisione 1, gruppo 3")],
    "total": "€ 21.563.820,47 – TOTALE GENERALE",
}
