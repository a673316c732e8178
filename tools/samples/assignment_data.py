"""Seed 003 (CCIAA Massa-Carrara, assignment of the 2022 operational objectives
to organisational units): each unit with its weight, its operational objectives
(unit-specific weights) and their indicators (weight, target 2022, N/D).

Indicator cells are printed with the seed's own line breaks and, like the seed,
show at most three lines: longer descriptions are cut (the seed's PDF clipped
them). CELLS[code] = (printed lines, number of lines holding "code - name").
"""
YEAR = 2022

OO_TITLES = {
    "1.1.1": "Produrre e diffondere analisi e informazione economica",
    "1.2.2": "Supporto e coordinamento di progetti condivisi per lo sviluppo del territorio",
    "1.2.4": "Comunicazione",
    "2.1.1": "Promuovere il benessere organizzativo e la formazione delle risorse umane",
    "2.1.2": "Ottimizzare la gestione dei proventi e dei costi",
    "2.1.3": "Migliorare la qualità dei servizi e la soddisfazione dell'utenza",
    "2.2.1": "Sviluppo e valorizzazione potenzialità dati del Registro delle Imprese",
    "2.2.2": "Semplificazione, digitalizzazione ed accessibilità",
    "2.3.1": "Indice sintetico di trasparenza dell'Amministrazione",
    "2.3.2": "Grado di rispetto degli standard previsti dalla Carta dei servizi",
    "3.1.1": "Rafforzare l’informazione e la formazione come stimolo allo sviluppo e alla crescita imprenditoriale",
    "3.1.2": "Promuovere e sostenere i processi occupazionali e d’incontro tra domanda e offerta di lavoro nonché la nascita di nuova imprenditorialità",
    "3.1.3": "Favorire la valorizzazione e la promozione del territorio e la competitività delle imprese sui mercati",
    "3.2.1": "Promuovere gli strumenti di giustizia alternativa, arbitrato e mediazione, la risoluzione delle crisi da sovraidebitamento e le azioni di tutela a favore delle imprese e dei consumatori",
    "3.2.2": "Rafforzare la vigilanza sul mercato attraverso l’attività ispettiva e di sorveglianza sugli strumenti metrici e sulla sicurezza e regolarità dei prodotti",
    "3.3.1": "Favorire l'internazionalizzazione delle imprese",
}

CELLS = {
 "Percent_AggCicloPerf": (["Percent_AggCicloPerf - Aggiornamento applicativo per la rilevazione dei dati",
                           "inerenti il ciclo della performance entro n giorni da chiusura quadrimestre", "(formula 2021)"], 3),
 "Percent_Custom_Inzia": (["Percent_Custom_Inzia - Valutazione (giudizio buono o +) di customer satisfaction",
                           "su singole iniziative (seminari, corsi, conciliazioni, ecc.) e stakeholder servizi", "interni ("], 3),
 "ProfilazioneStakehol": (["ProfilazioneStakehol - Valutazione partecipativa: % di controllo/individuazione",
                           "stakeholders di 41 processi (da A1.1 a E1.1) della mappa processi", "Unioncamere"], 3),
 "Percent_RilascioCO": (["Percent_RilascioCO - Rilascio certificazioni origine delle merci entro n. giorni",
                         "dalla data di presentazione della richiesta telematica",
                         "Per anno 2021, 2022 il target è di n. 5 giorni"], 2),
 "Percent_IndiceTrasp": (["Percent_IndiceTrasp - Indice sintetico di trasparenza dell'Amministrazione",
                          "(rapporto pagine sito)",
                          "Indice sintetico di trasparenza dell'Amministrazione (rapporto tra pagine"], 2),
 "Percent_CartaServizi": (["Percent_CartaServizi - Grado di rispetto degli standard previsti dalla Carta dei",
                           "servizi misurato dal numero di indicatori che rispettano lo standard rispetto", "al totale"], 3),
 "Monitor_SW": (["Monitor_SW - Monitoraggio indicatori informatizzazione del lavoro da remoto", "/ Smart Working",
                 "Rileva il monitoraggio degli indicatori presenti nello schema di rilevazione"], 2),
 "PC_Port": (["PC_Port - PC portatili a disposizione dei dipendenti", "PC portatili a disposizione dei dipendenti"], 1),
 "Statistiche_Sito": (["Statistiche_Sito - Pubblicazione delle statistiche di utilizzo del sito web", "istituzionale",
                       "Pubblicazione delle statistiche di utilizzo del sito web istituzionale"], 2),
 "Data_EmissOrdinanze": (["Data_EmissOrdinanze - Emissione ordinanze di tutti i rapporti pervenuti entro", "una certa data",
                          "Emissione ordinanze entro il 30/11 di tutti i rapporti pervenuti entro la data"], 2),
 "N_MedGestite": (["N_MedGestite - Numero mediazioni / conciliazioni gestite nell'anno",
                   "Numero mediazioni / conciliazioni gestite nell'anno"], 1),
 "RuoloEsattAP-2": (["RuoloEsattAP-2 - Mantenere un efficiente tempo di emissione del ruolo",
                     "esattoriale contenente le ordinanze in stato di mancato pagamento emesse", "nell'anno AP-2"], 3),
 "N_ControllApparPagam": (["N_ControllApparPagam - Numero controlli effettuati stazioni di servizio dotate di",
                           "apparecchiature di pagamento in assenza di operatori - (ind.nuovo da 2020)",
                           "Numero controlli effettuati stazioni di servizio dotate di apparecchiature di"], 2),
 "N_ImpPesatInd": (["N_ImpPesatInd - Numero impianti di pesatura industriale sottoposti a controllo", "(ind.nuovo da 2020)",
                    "Numero impianti di pesatura industriale sottoposti a controllo (indicatore"], 2),
 "N_StrumCarburMID": (["N_StrumCarburMID - Numero strumenti di misura carburanti MID sottoposti a",
                       "verifica - (ind.nuovo da 2020)",
                       "Numero strumenti di misura carburanti MID sottoposti a verifica (indicatore"], 2),
 "Ind_Sint_Prog_20": (["Ind_Sint_Prog_20 - Indicatore sintetico degli obiettivi dei progetti del 20%",
                       "Indicatore sintetico degli obiettivi dei progetti del 20% ponderato per le",
                       "risorse di ogni progetto"], 1),
 "Attiv_Formative": (["Attiv_Formative - Mantenere un efficiente numero di attività formative",
                      "Misura il n. di attività formative svolte"], 1),
 "PartecAttivFormat": (["PartecAttivFormat - Garantire un efficiente numero di attività formative tramite",
                        "la partecipazione dei soggetti interessati (imprese, professionisti,", "consumatori…)"], 3),
 "Indice_ProgFormLav": (["Indice_ProgFormLav - Progetto Formazione lavoro - Raggiungimento degli",
                         "indicatori previsti nei progetti pluriennali finanziati con la maggiorazione del",
                         "diritto annuale"], 3),
 "Indice_ProgPID": (["Indice_ProgPID - Progetto PID - Raggiungimento degli indicatori previsti nei",
                     "progetti pluriennali finanziati con la maggiorazione del diritto annuale",
                     "Progetto PID - Raggiungimento degli indicatori previsti nei progetti"], 2),
 "Indice_ProgTurismo": (["Indice_ProgTurismo - Progetto Turismo - Raggiungimento degli indicatori previsti",
                         "nei progetti pluriennali finanziati con la maggiorazione del diritto annuale",
                         "Progetto Turismo - Raggiungimento degli indicatori previsti nei progetti"], 2),
 "Indice_ProgPMIMerc": (["Indice_ProgPMIMerc - Progetto partecipazione PMI mercati internazionali -",
                         "Raggiungimento degli indicatori previsti nei progetti pluriennali finanziati",
                         "con la maggiorazione del diritto annuale"], 3),
 "Sollecit_DA": (["Sollecit_DA - Sollecitazione mancati incassi",
                  "Numero di “richiami” durante l’anno per sollecitare il pagamento spontaneo",
                  "del Diritto Annuale"], 1),
 "Nquest_customer": (["Nquest_customer - Numero di questionari raccolti nell'indagine di Customer",
                      "Satisfaction svolta da ISR sull'ente camerale",
                      "Misura il n. dei questionari che vengono raccolti durante l'indagine di"], 2),
 "N_Newsletters": (["N_Newsletters - Numero newsletters inviate nell'anno",
                    "Numero newsletters inviate nell'anno da parte della Camera"], 1),
}

AGG = ("Percent_AggCicloPerf", "100,00%", ">= 90,00 %")
C213 = ("2.1.3", [("Percent_Custom_Inzia", "50,00%", ">= 70,00 %"), ("ProfilazioneStakehol", "50,00%", "100,00 %")])
C231 = ("2.3.1", [("Percent_IndiceTrasp", "100,00%", ">= 90,00 %")])
C232 = ("2.3.2", [("Percent_CartaServizi", "100,00%", ">= 90,00 %")])

# (area, unit, unit weight, [(oo code, oo weight, [(indicator, weight, target 2022)])])
UNITS = [
 ("Area Anagrafica e Regolazione del Mercato", "Servizio Registro Imprese", "50,00%", [
  ("2.1.1", "20,00%", [AGG]),
  (C213[0], "20,00%", C213[1]),
  ("2.2.1", "20,00%", [("Percent_RilascioCO", "100,00%", ">= 90,00 %")]),
  (C231[0], "20,00%", C231[1]),
  (C232[0], "20,00%", C232[1]),
 ]),
 ("Area Anagrafica e Regolazione del Mercato",
  "Servizio Regolazione del Mercato, Tutela del Consumatore e Programmazione e cont", "50,00%", [
  ("2.1.1", "14,26%", [("Percent_AggCicloPerf", "50,00%", ">= 90,00 %"), ("Monitor_SW", "50,00%", ">= 90,00 %")]),
  (C213[0], "14,29%", C213[1]),
  ("2.2.2", "14,29%", [("PC_Port", "50,00%", ">= 50,00 %"), ("Statistiche_Sito", "50,00%", "<= 180 gg")]),
  (C231[0], "14,29%", C231[1]),
  (C232[0], "14,29%", C232[1]),
  ("3.2.1", "14,29%", [("Data_EmissOrdinanze", "33,34%", "100,00 %"), ("N_MedGestite", "33,33%", ">= 100 N."),
                       ("RuoloEsattAP-2", "33,33%", "<= 210 gg")]),
  ("3.2.2", "14,29%", [("N_ControllApparPagam", "33,33%", ">= 12 N."), ("N_ImpPesatInd", "33,34%", ">= 10 N."),
                       ("N_StrumCarburMID", "33,33%", ">= 10 N.")]),
 ]),
 ("Area Promozione ed Amministrazione", "Servizio Promozione", "50,00%", [
  ("1.2.2", "11,12%", [("Ind_Sint_Prog_20", "100,00%", ">= 95,00 %")]),
  ("2.1.1", "11,11%", [AGG]),
  (C213[0], "11,11%", C213[1]),
  (C231[0], "11,11%", C231[1]),
  (C232[0], "11,11%", C232[1]),
  ("3.1.1", "11,11%", [("Attiv_Formative", "50,00%", ">= 10 N."), ("PartecAttivFormat", "50,00%", ">= 100 N.")]),
  ("3.1.2", "11,11%", [("Indice_ProgFormLav", "50,00%", "100,00 %"), ("Indice_ProgPID", "50,00%", "100,00 %")]),
  ("3.1.3", "11,11%", [("Indice_ProgTurismo", "100,00%", "100,00 %")]),
  ("3.3.1", "11,11%", [("Indice_ProgPMIMerc", "100,00%", "100,00 %")]),
 ]),
 ("Area Promozione ed Amministrazione", "Servizio Risorse finanziarie, Acquisti e Patrimonio", "50,00%", [
  ("2.1.1", "20,00%", [AGG]),
  ("2.1.2", "20,00%", [("Sollecit_DA", "100,00%", ">= 2 N.")]),
  (C213[0], "20,00%", C213[1]),
  (C231[0], "20,00%", C231[1]),
  (C232[0], "20,00%", C232[1]),
 ]),
 ("Azienda Speciale", "ISR", "100,00%", [
  ("1.1.1", "33,34%", [("Nquest_customer", "100,00%", ">= 80 N.")]),
  ("2.1.1", "33,33%", [AGG]),
  (C213[0], "33,33%", C213[1]),
 ]),
 ("Staff Segretario Generale", "Servizio AA.GG. e Risorse umane", "100,00%", [
  ("1.2.4", "20,00%", [("N_Newsletters", "100,00%", ">= 12 N.")]),
  ("2.1.1", "20,00%", [AGG]),
  (C213[0], "20,00%", C213[1]),
  (C231[0], "20,00%", C231[1]),
  (C232[0], "20,00%", C232[1]),
 ]),
]
