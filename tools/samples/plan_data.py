"""Seed 000 (CCIAA Massa-Carrara, Piano della performance 2022-2024, allegato):
the whole tree as the seed prints it. Texts, codes and numbers are the seed's.

Area:  (code, title, weight, [strategic])
Strategic: (code, title, weight, indicators_share, operational_share, [indicators], [operational])
Operational: (code, title, weight, [indicators])
Indicator: (code, name, description, weight, formula_text_lines, formula, baselines[3], targets[3])
"""
ND = "N/D"
N3 = [ND, ND, ND]


def T(*t):
    return list(t) + [""] * (3 - len(t))


TREE = [
 ("1", "La CCIAA “Cabina di Regia” del tessuto economico locale", "16,00%", [
  ("1.1", "Consolidare il ruolo della Camera, per il tramite di ISR, quale osservatore privilegiato dell’economia locale",
   "37,50%", "60,00%", "40,00%", [
    ("Studi_ISR", "Realizzazione studi da ISR", "Realizzazione numero studi da parte ISR come da target previsto",
     "100,00%", ["Inserire n. di attività realizzazione nell'anno"], "S1.1.a Realizzazione studi",
     [ND, "14 N.", "8 N."], T(">= 8 N.", ">= 8 N.", ">= 8 N.")),
   ], [
    ("1.1.1", "Produrre e diffondere analisi e informazione economica", "100,00%", [
     ("Nquest_customer", "Numero di questionari raccolti nell'indagine di Customer Satisfaction svolta da ISR sull'ente camerale",
      "Misura il n. dei questionari che vengono raccolti durante l'indagine di customer satisfaction che l'ISR svolge sulla CCIAA e sui servizi camerali",
      "100,00%", ["Numero di questionari raccolti nell'indagine di Customer Satisfaction svolta da ISR sull'ente camerale"],
      "Nquest_customer_racc", [ND, "79 N.", "105 N."], T(">= 80 N.")),
    ]),
   ]),
  ("1.2", "Assicurare un ruolo di attore del territorio che coordina, stimola e fa sintesi tra le categorie economiche e istituzionali locali",
   "62,50%", "60,00%", "40,00%", [
    ("Progetti_RilEconomia", "Attuazione delle attività/progetti per il rilancio dell'economia locale rispetto a quelli programmati",
     "Attuazione delle attività/progetti per il rilancio dell'economia locale rispetto a quelli programmati",
     "100,00%", ["N. attività eseguite"], "", ["13 N.", "17 N.", "18 N."], T(">= 12 N.", ">= 12 N.", ">= 12 N.")),
   ], [
    ("1.2.2", "Supporto e coordinamento di progetti condivisi per lo sviluppo del territorio", "50,00%", [
     ("Ind_Sint_Prog_20", "Indicatore sintetico degli obiettivi dei progetti del 20%",
      "Indicatore sintetico degli obiettivi dei progetti del 20% ponderato per le risorse di ogni progetto",
      "100,00%", ["Misura indicatore sintetico degli obiettivi dei progetti del 20%",
                  "Misura indicatore sintetico degli obiettivi dei progetti del 20% ponderato per le risorse di ogni progetto"],
      "M_Ind_Sint_Prog_20", N3, T(">= 95,00 %")),
    ]),
    ("1.2.4", "Comunicazione", "50,00%", [
     ("N_Newsletters", "Numero newsletters inviate nell'anno", "Numero newsletters inviate nell'anno da parte della Camera",
      "100,00%", ["Numero newsletter inviate"], "N_NLetter", ["12 N.", "12 N.", "14 N."], T(">= 12 N.")),
    ]),
   ]),
 ]),
 ("2", "Continuare a creare valore nella gestione dell'Ente", "34,00%", [
  ("2.1", "Salute gestione e sostenibilità economica dell'ente", "50,00%", "60,00%", "40,00%", [
    ("B3.1_02", "Percentuale di incasso del Diritto annuale", "Indica la quota di Diritto Annuale incassata entro la scadenza del 31/12.",
     "23,33%", ["Totale Diritto Annuale incassato entro il 31/12 al netto di interessi e delle sanzioni / Diritto Annuale al netto di interessi e delle sanzioni"],
     "BilCons_DA_Inc / BilCons_DA", ["50,52 %", "66,92 %", "64,71 %"], T(">= 55,00 %", ">= 55,00 %", ">= 55,00 %")),
    ("DFP 1.12", "Percentuale di dipendenti serviti da almeno da una agevolazione di welfare aziendale",
     "Livello di diffusione di pratiche e strumenti di welfare aziendale", "23,34%",
     ["N. di dipendenti serviti da almeno da uno strumento di welfare aziendale / (Unità di personale dipendente (TI+TD) + Numero di dirigenti (compreso SG))"],
     "Dip_Welfare / (Unit_Stab + N_Dir)", [ND, "100,00 %", "96,77 %"], T("100,00 %", "100,00 %", "100,00 %")),
    ("DFP 1.3", "Grado di copertura delle attività formative dedicate al personale",
     "Indica il grado di coinvolgimento del personale in attività formative", "23,33%",
     ["N. di dipendenti che hanno seguito almeno un'attività formativa nell'anno / Totale personale dipendente (TI+TD)"],
     "Dip-Form / (Unit_Stab + N_Dir)", ["90,63 %", "87,10 %", "96,77 %"], T(">= 90,00 %", ">= 90,00 %", ">= 90,00 %")),
    ("EC05.1", "Indice di struttura primario",
     "Misura la capacità della Camera di commercio di finanziare le attività di lungo periodo interamente con capitale proprio.",
     "10,00%", ["Patrimonio netto / Immobilizzazioni"], "Patrimonio netto / Immob",
     ["200,42 %", "202,56 %", ND], T(">= 120,00 %", ">= 120,00 %", ">= 120,00 %")),
    ("EC07", "Capacità di generare proventi",
     "Misura quanta parte dei Proventi correnti è stata generata dalla Camera di commercio oltre alle entrate da Diritto annuale e da Diritti di segreteria.",
     "10,00%", ["Proventi correnti - Proventi da diritto annuale - Proventi da Diritti di segreteria - Proventi da Fondo perequativo / Proventi correnti (al netto del fondo svalutazione crediti da D.A)"],
     "ProvCorrDirAnnDirSegr / ProvCorrSval", ["10,33 %", "16,19 %", ND], T(">= 4,00 %", ">= 4,00 %", ">= 4,00 %")),
    ("EC27", "Indice equilibrio strutturale",
     "Indica la capacità della camera di coprire gli oneri strutturali con i proventi strutturali", "10,00%",
     ["(Proventi strutturali* - Oneri strutturali**) / Proventi strutturali* [* Proventi strutturali = Proventi correnti - Maggiorazione Diritto annuale - Contributi da Fdp - Contributi per finalità promozionali <br>** Oneri strutturali = Costi di Personale + Funzionamento + Ammortamenti e accantonamenti - Accantonamento al Fondo rischi e oneri - Quota svalutazione crediti riferiti alla maggiorazione (20% e/o 50%) del Diritto annuale]"],
     "(ProvStrut - OnStrut) / ProvStrut", ["-19,41 %", "3,36 %", ND], T("<= -15,00 %", "<= -15,00 %", "<= -15,00 %")),
   ], [
    ("2.1.1", "Promuovere il benessere organizzativo e la formazione delle risorse umane", "33,33%", [
     ("Az_positive", "Realizzazione risultati attesi relativi alle Azioni Positive",
      "Realizzazione risultati attesi relativi alle Azioni Positive previste nel \"Piano Triennale Azioni Positive\"",
      "33,33%", ["Valore percentuale dei risultati attesi realizzati relativi alle azioni positive"],
      "M_AzioniPositive_%", N3, T(">= 60,00 %")),
     ("Monitor_SW", "Monitoraggio indicatori informatizzazione del lavoro da remoto / Smart Working",
      "Rileva il monitoraggio degli indicatori presenti nello schema di rilevazione del lavoro da remoto / Smart Working",
      "33,34%", ["Numero di indicatori presenti sullo schema di rilevazione lavoro da remoto / Smart Working da monitorare / Numero di indicatori totali presenti sullo schema di rilevazione lavoro da remoto / Smart Working",
                 "Misura il numero di indicatori presenti sullo schema di rilevazione lavoro da remoto / Smart Working da monitorare / Misura il numero di indicatori totali presenti sullo schema di rilevazione lavoro da remoto / Smart Working"],
      "Monitor_SW_NUM / Monitor_SW_DEN", N3, T(">= 90,00 %")),
     ("Percent_AggCicloPerf", "Aggiornamento applicativo per la rilevazione dei dati inerenti il ciclo della performance entro n giorni da chiusura quadrimestre (formula 2021)",
      "Inserire il n. di aggiornamenti effettuati nei termini previsti (max 1 per quadrimestre) rapportato al totale degli aggiornamenti da fare (1 per quadrimestre) - Per l'anno 2021, 2022 il target è di n. 15 gg. da chiusura quadrimestre.",
      "33,33%", ["N. aggiornamenti dell'applicativo effettuati entro i termini previsti / N. aggiornamenti applicativo da effettuare"],
      "/", [ND, "100,00 %", "94,44 %"], T(">= 90,00 %")),
    ]),
    ("2.1.2", "Ottimizzare la gestione dei proventi e dei costi", "33,33%", [
     ("Sollecit_DA", "Sollecitazione mancati incassi",
      "Numero di “richiami” durante l’anno per sollecitare il pagamento spontaneo del Diritto Annuale",
      "100,00%", ["Sollecitazione mancati incassi",
                  "Numero di “richiami” durante l’anno per sollecitare il pagamento spontaneo del Diritto Annuale"],
      "mis_Sollecit_DA", [ND, "2 N.", "3 N."], T(">= 2 N.")),
    ]),
    ("2.1.3", "Migliorare la qualità dei servizi e la soddisfazione dell'utenza", "33,34%", [
     ("Percent_Custom_Inzia", "Valutazione (giudizio buono o +) di customer satisfaction su singole iniziative (seminari, corsi, conciliazioni, ecc.) e stakeholder servizi interni (",
      "Valutazione (giudizio buono o +) di customer satisfaction su singole iniziative (seminari, corsi, conciliazioni, ecc.) e stakeholder servizi interni (fornitori) della Camera",
      "33,33%", ["Valutazione con giudizio >= a Buono (singole iniziative e stakeholder interni) / Valutazione totali (singole iniziative e stakeholder interni)"],
      "/", [ND, "97,89 %", "96,98 %"], T(">= 70,00 %")),
     ("Percent_CustomerEnte", "Valutazione (giudizio: buono o +) di customer satisfaction sulle attività realizzate dalla Camera come risultato da Indagine ISR",
      "Valutazione (giudizio: buono o +) di customer satisfaction sulle attività realizzate dalla Camera come risultato da Indagine ISR",
      "33,33%", ["Valutazioni con giudizio >= Buono (da indagine ISR) / Valutazioni totali (da indagine ISR)"],
      "/", ["100,00 %", "79,75 %", "84,27 %"], T(">= 70,00 %")),
     ("ProfilazioneStakehol", "Valutazione partecipativa: % di controllo/individuazione stakeholders di 41 processi (da A1.1 a E1.1) della mappa processi Unioncamere",
      "Rileva la % di controllo/individuazione degli stakeholders camerali relativa a 41 processi, da A1.1 a E1.1, della mappa processi Unioncamere (fase di profilazione degli stakeholders)",
      "33,34%", ["Numero dei processi della mappa processi UC controllati per individuazione stakeholder / Numero dei processi della mappa processi UC da controllare. Per l'anno 2022 il valore dei processi è 41",
                 "Indicare il numero dei processi della mappa processi UC controllati (da A1.1 a E1.1) per individuazione degli stakeholder camerali / Indica il numero dei processi (da A1.1 a E1.1) della mappa processi UC da controllare per individuazione degli stakeholder camerali. Per l'anno 2022 il valore dei processi è 41"],
      "stakeh_num_num / stakeh_denom_proc", N3, T("100,00 %")),
    ]),
   ]),
  ("2.2", "Favorire la transizione digitale", "30,00%", "60,00%", "40,00%", [
    ("OC_TD_01", "Livelli di attività di valutazione della maturità digitale delle imprese",
     "Misura la numerosità dei self assessment e/o assessment guidati della maturità digitale condotti dal PID (anche eseguiti da remoto)",
     "25,00%", ["N. self-assessment e/o assessment guidati (anche eseguiti da remoto) della maturità digitale condotti dal PID"],
     "N_self-ass_PID", ["44 N.", "31 N.", ND], T(">= 40 N.", ">= 40 N.", ">= 40 N.")),
    ("OC_TD_02", "Azioni di diffusione della cultura digitale realizzate dal PID",
     "Indica il numero di eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID",
     "25,00%", ["N. eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID"],
     "N_eventi-inf_PID", ["10 N.", "11 N.", ND], T(">= 8 N.", ">= 8 N.", ">= 8 N.")),
    ("OC_TD_03", "Capacità di coinvolgimento negli eventi relativi al PID",
     "Misura la numerosità dei partecipanti a eventi organizzati dalle CCIAA sul PID",
     "25,00%", ["N. partecipanti ad eventi organizzati dalle CCIAA sul PID"],
     "N_Part-eventi_PID", N3, T(">= 100 N.", ">= 100 N.", ">= 100 N.")),
    ("OC_TD_04", "Grado di coinvolgimento delle imprese in attività di assistenza per la digitalizzazione e l’adozione di tecnologie 4.0",
     "Indica il numero totale di imprese (utenti unici) assistite a vario titolo attraverso i PID per quel che riguarda i servizi di digitalizzazione e tecnologie 4.0 rispetto al totale di imprese attive al 31/12 (escluse le attività locali)",
     "25,00%", ["N. imprese assistite per la digitalizzazione e l'adozione di tecnologie 4.0 nell'anno / 100 imprese attive al 31/12"],
     "N_Imprese_Dig4.0 / N_ImprAtt", N3, T(">= 0,20 N.", ">= 0,20 N.", ">= 0,20 N.")),
   ], [
    ("2.2.1", "Sviluppo e valorizzazione potenzialità dati del Registro delle Imprese", "50,00%", [
     ("Percent_RilascioCO", "Rilascio certificazioni origine delle merci entro n. giorni dalla data di presentazione della richiesta telematica",
      "Per anno 2021, 2022 il target è di n. 5 giorni", "100,00%",
      ["N. certificati di origine evasi entro il termine prestabilito / N. certificati di origine evasi"],
      "/", [ND, "97,97 %", "99,74 %"], T(">= 90,00 %")),
    ]),
    ("2.2.2", "Semplificazione, digitalizzazione ed accessibilità", "50,00%", [
     ("PC_Port", "PC portatili a disposizione dei dipendenti", "PC portatili a disposizione dei dipendenti", "50,00%",
      ["N. PC portatili a disposizione dei dipendenti / N. totale dipendenti (escluso SG)",
       "N. PC portatili a disposizione dei dipendenti / N. totale dipendenti (escluso SG)"],
      "N_PC_Port /", N3, T(">= 50,00 %")),
     ("Statistiche_Sito", "Pubblicazione delle statistiche di utilizzo del sito web istituzionale",
      "Pubblicazione delle statistiche di utilizzo del sito web istituzionale", "50,00%",
      ["GG intercorsi per la pubblicazione sul sito delle statistiche di utilizzo del sito web istituzionale"],
      "M_Statistiche_sito", N3, T("<= 180 gg")),
    ]),
   ]),
  ("2.3", "Prevenzione della corruzione e trasparenza", "20,00%", "60,00%", "40,00%", [
    ("Percent_CorruzTrasp", "Media delle % di raggiungimento degli obiettivi operativi",
     "Media delle % di raggiungimento degli obiettivi operativi (da calcolarsi entro 5 gg. dalla chiusura della rilevazione di riferimento)",
     "100,00%", ["% di realizzazione degli obiettivi operativi (media dei valori)"], "",
     [ND, "99,16 %", "98,01 %"], T(">= 90,00 %", ">= 90,00 %", ">= 90,00 %")),
   ], [
    ("2.3.1", "Indice sintetico di trasparenza dell'Amministrazione", "50,00%", [
     ("Percent_IndiceTrasp", "Indice sintetico di trasparenza dell'Amministrazione (rapporto pagine sito)",
      "Indice sintetico di trasparenza dell'Amministrazione (rapporto tra pagine aggiornate della trasparenza e quelle da aggiornare)",
      "100,00%", ["N. pagine sito aggiornate entro i termini / N. pagine sito da aggiornare"],
      "/", [ND, "98,49 %", "98,90 %"], T(">= 90,00 %")),
    ]),
    ("2.3.2", "Grado di rispetto degli standard previsti dalla Carta dei servizi", "50,00%", [
     ("Percent_CartaServizi", "Grado di rispetto degli standard previsti dalla Carta dei servizi misurato dal numero di indicatori che rispettano lo standard rispetto al totale",
      "Monitorare il rispetto degli standard previsti dalla Carta dei servizi dell'Ente", "100,00%",
      ["Numero indicatori carta dei Servizi di cui si rispetta standard previsto / Nuomer indicatori presenti nella Carta dei Servizi"],
      "/", ["95,42 %", "98,67 %", "97,39 %"], T(">= 90,00 %")),
    ]),
   ]),
 ]),
 ("3", "Promuovere la competitività, l'innovazione e lo sviluppo sostenibile del sistema economico locale", "50,00%", [
  ("3.1", "Promuovere lo sviluppo delle imprese e la competitività del sistema ricercando nuove risorse finanziarie",
   "50,00%", "60,00%", "40,00%", [
    ("D1.3_04.1", "Incidenza contributi erogati direttamente alle imprese sul totale del valore degli interventi economici",
     "Misura la % delle risorse relative agli interventi economici destinati ai contributi erogati direttamente alle imprese.",
     "100,00%", ["Valore contributi erogati direttamente alle imprese tramite disciplinari erogati nell'anno \"n\" / Interventi economici"],
     "Scomp_IE_ContrImpr / BilCons_IE", ["38,00 %", "18,41 %", "23,34 %"], T(">= 10,00 %", ">= 10,00 %", ">= 10,00 %")),
   ], [
    ("3.1.1", "Rafforzare l’informazione e la formazione come stimolo allo sviluppo e alla crescita imprenditoriale", "33,33%", [
     ("Attiv_Formative", "Mantenere un efficiente numero di attività formative", "Misura il n. di attività formative svolte",
      "50,00%", ["N. attività formative camerali"], "N_attiv_formative", N3, T(">= 10 N.")),
     ("PartecAttivFormat", "Garantire un efficiente numero di attività formative tramite la partecipazione dei soggetti interessati (imprese, professionisti, consumatori…)",
      "Misura il n. dei soggetti che partecipano alle attività formative", "50,00%",
      ["N. partecipanti complessivo ai corsi", "N. partecipanti complessivo ai corsi (imprese, professionisti, consumatori...)"],
      "N_PartecAttivFormat", N3, T(">= 100 N.")),
    ]),
    ("3.1.2", "Promuovere e sostenere i processi occupazionali e d’incontro tra domanda e offerta di lavoro nonché la nascita di nuova imprenditorialità", "33,33%", [
     ("Indice_ProgFormLav", "Progetto Formazione lavoro - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "Progetto Formazione lavoro - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "50,00%", ["Progetto Formazione lavoro - Valore dell'indicatore previsto nei progetti pluriennali"],
      "M_Indice_ProgFormLav", N3, T("100,00 %")),
     ("Indice_ProgPID", "Progetto PID - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "Progetto PID - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "50,00%", ["Progetto PID - Valore dell'indicatore previsto nei progetti pluriennali"],
      "M_IndiceProgPID", N3, T("100,00 %")),
    ]),
    ("3.1.3", "Favorire la valorizzazione e la promozione del territorio e la competitività delle imprese sui mercati", "33,34%", [
     ("Indice_ProgTurismo", "Progetto Turismo - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "Progetto Turismo - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "100,00%", ["Progetto Turismo - Valore dell'indicatore previsto nei progetti pluriennali"],
      "M_IndiceProgTurismo", ["0,00 %", "0,00 %", "0,00 %"], T("100,00 %")),
    ]),
   ]),
  ("3.2", "Favorire la crescita responsabile delle imprese e del territorio promuovendo gli strumenti di tutela del mercato a garanzia della concorrenza, trasparenza e fede pubblica",
   "25,00%", "60,00%", "40,00%", [
    ("OC_TBS_02", "Grado di adesione al cassetto digitale",
     "Misura il grado di adesione delle imprese al cassetto digitale rispetto al totale delle imprese attive al 31/12",
     "50,00%", ["N. imprese aderenti Cassetto digitale / Numero imprese attive al 31/12"],
     "N_Imprese_CD / N_ImprAtt", N3, T(">= 20,00 %", ">= 21,00 %", ">= 22,00 %")),
    ("OC_TBS_03", "Grado di rilascio di strumenti digitali",
     "Indica il numero di strumenti digitali rilasciati rispetto al totale delle imprese attive al 31/12*<br/><br/>*N. dispositivi (certificati: primo rilascio e rinnovi) di firma digitale (smart card e token)",
     "50,00%", ["N. strumenti digitali rilasciati / 100 imprese attive al 31/12"],
     "N_Strumenti_dig / N_ImprAtt", ["10,68 N.", "8,97 N.", ND], T(">= 6 N.", ">= 5 N.", ">= 4 N.")),
   ], [
    ("3.2.1", "Promuovere gli strumenti di giustizia alternativa, arbitrato e mediazione, la risoluzione delle crisi da sovraidebitamento e le azioni di tutela a favore delle imprese e dei consumatori", "50,00%", [
     ("Data_EmissOrdinanze", "Emissione ordinanze di tutti i rapporti pervenuti entro una certa data",
      "Emissione ordinanze entro il 30/11 di tutti i rapporti pervenuti entro la data del 31/12 dell'anno precedente",
      "33,34%", ["N. ordinanze emesse entro il 30.11 in relazione ai rapporti pervenuti entro il 31.12 dell'anno precedente / N. ordinanze da emettere in relazione ai rapporti pervenuti entro il 31.12 anno precedente"],
      "/", ["0,00 %", "99,36 %", "100,00 %"], T("100,00 %")),
     ("N_MedGestite", "Numero mediazioni / conciliazioni gestite nell'anno", "Numero mediazioni / conciliazioni gestite nell'anno",
      "33,33%", ["Numero di mediazioni/conciliazioni"], "Med_Conc", ["147 N.", "269 N.", "188 N."], T(">= 100 N.")),
     ("RuoloEsattAP-2", "Mantenere un efficiente tempo di emissione del ruolo esattoriale contenente le ordinanze in stato di mancato pagamento emesse nell'anno AP-2",
      "Mantenere un efficiente tempo di emissione del ruolo esattoriale contenente le ordinanze in stato di mancato pagamento emesse nell'anno AP-2",
      "33,33%", ["Numero di giorni emissione ruolo esattoriale contenente le ordinanze in stato di mancato pagamento emesse nell'anno AP-2"],
      "M_RuoloEsattAP-2", [ND, ND, "195 gg"], T("<= 210 gg")),
    ]),
    ("3.2.2", "Rafforzare la vigilanza sul mercato attraverso l’attività ispettiva e di sorveglianza sugli strumenti metrici e sulla sicurezza e regolarità dei prodotti", "50,00%", [
     ("N_ControllApparPagam", "Numero controlli effettuati stazioni di servizio dotate di apparecchiature di pagamento in assenza di operatori - (ind.nuovo da 2020)",
      "Numero controlli effettuati stazioni di servizio dotate di apparecchiature di pagamento in assenza di operatori - (indicatore nuovo da 2020)",
      "33,33%", ["Numero stazioni di servizio dotate di apparecchiature di pagamento in assenza di operatori"],
      "N. staz.servizio pagamento assenza operatori", ["20 N.", "12 N.", "12 N."], T(">= 12 N.")),
     ("N_ImpPesatInd", "Numero impianti di pesatura industriale sottoposti a controllo (ind.nuovo da 2020)",
      "Numero impianti di pesatura industriale sottoposti a controllo (indicatore nuovo da 2020)",
      "33,34%", ["Numero impianti di pesatura industriale sottoposti a controllo"],
      "N_impianti_pesatura_industriale", ["15 N.", "10 N.", "10 N."], T(">= 10 N.")),
     ("N_StrumCarburMID", "Numero strumenti di misura carburanti MID sottoposti a verifica - (ind.nuovo da 2020)",
      "Numero strumenti di misura carburanti MID sottoposti a verifica (indicatore nuovo da 2020)",
      "33,33%", ["Numero strumenti di misura carburanti MID sottoposti a verifica"],
      "N. strumenti di misura carburanti MID", ["15 N.", "12 N.", "10 N."], T(">= 10 N.")),
    ]),
   ]),
  ("3.3", "Rafforzare la presenza sul mercato internazionale delle imprese del territorio e la promozione del Made in Italy",
   "25,00%", "60,00%", "40,00%", [
    ("OC_Int_01", "Livello di supporto alle imprese in tema di internazionalizzazione",
     "Misura la numerosità delle imprese assistite sui temi dell'internazionalizzazione (promozione, formazione, seminari, ecc.)",
     "25,00%", ["N. imprese supportate per l'internazionalizzazione"], "N_Imprese_supp_Int",
     ["78 N.", "1.419 N.", ND], T(">= 60 N.", ">= 60 N.", ">= 60 N.")),
    ("OC_Int_02", "Livello di attività di informazione e orientamento ai mercati",
     "Esprime il volume di attività degli incontri e degli eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema",
     "25,00%", ["N. incontri ed eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema"],
     "N_Incontri_Int", ["7 N.", "9 N.", ND], T(">= 4 N.", ">= 4 N.", ">= 4 N.")),
    ("OC_Int_03", "Grado di coinvolgimento delle imprese in attività di internazionalizzazione",
     "Misura l'incidenza delle imprese assistite sui temi dell'internazionalizzazione rispetto al totale delle imprese esportatrici",
     "25,00%", ["N. imprese supportate per l'internazionalizzazione / N. imprese esportatrici"],
     "N_Imprese_supp_Int / N_Imprese_Exp", ["10,60 %", "192,80 %", ND], T(">= 8,00 %", ">= 8,00 %", ">= 8,00 %")),
    ("OC_Int_04", "Capacità di risposta dello Sportello internazionalizzazione",
     "Indica la capacità di risposta entro i 5 gg delle domande pervenute allo sportello Internazionalizzazione inerenti chiarimenti/richieste di informazioni/quesiti su pratiche necessarie per attività di import/export ma anche informative su fiere e iniziative per l'estero",
     "25,00%", ["N. quesiti risolti dallo Sportello Internazionalizzazione entro 5 GG lavorativi dalla presentazione"],
     "N_Q_sportello-Int", N3, T(">= 10 N.", ">= 10 N.", ">= 10 N.")),
   ], [
    ("3.3.1", "Favorire l'internazionalizzazione delle imprese", "100,00%", [
     ("Indice_ProgPMIMerc", "Progetto partecipazione PMI mercati internazionali - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "Progetto partecipazione PMI mercati internazionali - Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
      "100,00%", ["Progetto partecipazione PMI mercati internazionali - Valore dell'indicatore previsto nei progetti pluriennali"],
      "M_IndiceProgPMIMerc", ["0,00 %", "0,00 %", "0,00 %"], T("100,00 %")),
    ]),
   ]),
 ]),
]

SIGNATURE = {
    "roles": ["IL SEGRETARIO GENERALE", "IL COMMISSARIO STRAORDINARIO"],
    "names": ["Enrico Ciabatti", "Dino Sodini"],
    "notes": ["Allegato sottoscritto con firma digitale ai sensi del D. Lgs. n. 82/2005 e s.m.i.",
              "Il presente allegato è pubblicato integralmente all’Albo Informatico della CCIAA di Massa-Carrara",
              "ai sensi dell’art. 32 della Legge n. 69/2009 e del Regolamento camerale per la pubblicazione degli atti"],
}
