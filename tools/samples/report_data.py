"""Seed 004 (CCIAA Massa-Carrara, Relazione sulla performance 2017, Allegato 1).

Two tables, as in the seed: A) strategic view (perspective > strategic objective
> operational objective > strategic indicators), B) operational view
(perspective > operational objective > operational indicators).
Rows: ("S", code, title, weight, achievement) / ("O", code, title, weight, achievement)
/ ("I", text, result, target, achievement). '\n' in a value is a forced line break.
"""
YEAR = 2017
TITLE = "Allegato 1  Obiettivi / indicatori strategici / operativi per prospettive di Performance"
SUBTITLE = "All. 1) alla deliberazione di Giunta Camerale n. 61 del 25.05.18"

IMP, PROC, INNOV, ECOFIN = ("IMPRESE, CONSUMATORI E TERRITORIO", "PROCESSI INTERNI",
                            "INNOVAZIONE E CRESCITA", "ECONOMICO-FINANZIARIO")

T312 = "Promuovere e sostenere i processi occupazionali e d’incontro tra domanda e offerta di lavoro nonché la nascita di nuova imprenditorialità"
T323 = "Rafforzare la vigilanza sul mercato attraverso l’attività ispettiva e di sorveglianza sugli strumenti metrici e sulla sicurezza e regolarità dei prodotti"
T322 = "Tutelare le Denominazioni d’Origine dei prodotti agroalimentari, i marchi e i brevetti"
T31 = "Promuovere lo sviluppo delle imprese e la competitività del sistema, ricercando nuove risorse finanziarie"
T21 = "Sviluppare valore nei processi interni in termini di efficienza e qualità"
T211 = "Promuovere il benessere organizzativo e la formazione delle risorse umane"
T214 = "Migliorare la qualità dei servizi e la soddisfazione dell’utenza"
T221 = "Sviluppo e valorizzazione potenzialità delle banche dati del Registro delle Imprese"
T311 = "Rafforzare l’informazione e la formazione come stimolo allo sviluppo e alla crescita imprenditoriale"
T122 = "Supporto e coordinamento di progetti condivisi per lo sviluppo del territorio"

PART_A = [
 (IMP, True, [
  ("S", "1.1", "Consolidare il ruolo della Camera, per il tramite di ISR, quale osservatore privilegiato dell’economia locale", "6,0%", "100,00%"),
  ("O", "1.1.1", "Produrre e diffondere analisi e informazione economica", "6,0%", ""),
  ("I", "Realizzazione programma delle attività proposto dalla Giunta camerale", "100%", ">=80%", "100,00%"),
  ("S", "1.2", "Assicurare un ruolo di attore del territorio che coordina, stimola e fa sintesi tra le categorie economiche e istituzionali locali", "7,5%", "100,00%"),
  ("O", "1.2.1", "CreaInRete", "2,5%", ""),
  ("I", "Condivisione iniziative del CreaInRete con istituzioni e categorie economiche", "2", ">=2", "100,00%"),
  ("O", "1.2.2", T122, "2,5%", ""),
  ("I", "Numero progetti attivati e coordinati di sviluppo del territorio", "3", ">=3", "100,00%"),
  ("O", "1.2.4", "Comunicazione", "2,5%", ""),
  ("I", "N. presenze (uscite) sui media locali (stampa, TV)", "32", ">= 15", "100,00%"),
  ("S", "3.1", T31, "18,0%", "100,00%"),
  ("O", "3.1.2", T312, "9,0%", ""),
  ("I", "N. fruitori del Servizio Nuove Imprese/Start Up/Reti di Impresa/Finanziamenti", "51", ">=50", "100,00%"),
  ("O", "3.1.3", "Favorire la valorizzazione e la promozione del territorio e la competitività delle imprese sui mercati", "9,0%", ""),
  ("I", "Percentuale iniziative realizzate nell'ambito del Programma Promozionale delle PMI", "100%", ">=80%", "100,00%"),
  ("I", "Risorse esterne reperite per realizzazione Programma Promozionale / risorse spese", "20%", ">=10%", "100,00%"),
  ("S", "3.2", "Favorire la crescita responsabile delle imprese e del territorio promuovendo gli strumenti di tutela del mercato a garanzia della concorrenza, trasparenza e fede pubblica", "27,0%", "98,00%"),
  ("O", "3.2.1", "Promuovere gli strumenti di giustizia alternativa, arbitrato e mediazione, la risoluzione delle crisi da sovra indebitamento e le azioni di tutela a favore delle imprese e dei consumatori", "9,0%", ""),
  ("I", "N. conciliazioni concluse nell'anno 2017 (indipendentemente dall'anno di avvio)", "151", ">=90", "100,00%"),
  ("O", "3.2.2", T322, "9,0%", ""),
  ("I", "Affidabilità degli Organismi di controllo misurata dal n° di non conformità sollevate dall'ICQRF", "0", "< =1", "100,00%"),
  ("I", "N. di domande depositate marchi e brevetti", "72", ">=80", "90,00%"),
  ("O", "3.2.3", T323, "9,0%", ""),
  ("I", "n. di strumenti mediamente verificati nell'anno da ciascun ispettore/assistente", "882", "500", "100,00%"),
  ("I", "n. di ispezioni mediamente effettuate nell'anno da ciascun ispettore/assistente", "573", "350", "100,00%"),
 ]),
 (PROC, False, [
  ("S", "2.1", T21, "12,0%", "100,00%"),
  ("O", "2.1.1", T211, "6,0%", ""),
  ("I", "Partecipazione personale camerale alla formazione \"trasversale\" (partecipanti/dipendenti)", "93%", ">= 85%", "100,00%"),
  ("I", "Numero giorni di assenza per malattia breve / numero dipendenti a tempo indeterminato", "2,03", "5", "100,00%"),
  ("O", "2.1.4", T214, "6,0%", ""),
  ("I", "Grado di rispetto degli standard previsti dalla Carta dei servizi misurato dal numero di indicatori che rispettano lo standard rispetto al totale degli indicatori", "97%", ">=85%", "100,00%"),
  ("I", "Grado di soddisfazione dell'utenza (almeno buono) rilevato su tutte le iniziative della Camera e di ISR", "93%", ">=85%", "100,00%"),
 ]),
 (INNOV, False, [
  ("S", "2.2", "Contribuire ad attuare l’agenda digitale nel sistema economico locale", "6,0%", "100,00%"),
  ("O", "2.2.1", T221, "6,0%", ""),
  ("I", "Analisi contratti di rete ed avvio sportello \"Reti di impresa\"", "31/12/2017", "<=31/12/2017", "100,00%"),
  ("S", "3.1", T31, "9,0%", "90,00%"),
  ("O", "3.1.1", T311, "9,0%", ""),
  ("I", "Sviluppo delle attività dell'agenzia formativa il lancio di offerte a pagamento", "9", ">=10", "90,00%"),
 ]),
 (ECOFIN, False, [
  ("S", "2.1", T21, "14,5%", "100,00%"),
  ("O", "2.1.2", "Valorizzazione economica del patrimonio camerale", "6,0%", ""),
  ("I", "Numero di utilizzo delle sale camerali a pagamento/Numero di utilizzo delle sale camerali", "39%", ">=15%", "100,00%"),
  ("O", "2.1.3", "Ottimizzare la gestione delle entrate", "6,0%", ""),
  ("I", "Riduzione dei costi di funzionamento (esclusi quelli obbligatori al bilancio dello Stato) 2017/2016", "34%", "<=5%", "100,00%"),
  ("I", "Importo totale riscossioni spontanee del Diritto Annuale anno 2017 (F24 e altre forme di pagamento per anno di cassa 2016) + Importo riscossioni spontanee del Diritto Annuale anno 2017 (per anno di cassa 2016) / Importo totale dovuto Diritto Annuale anno 2017", "65%", ">60%", "100,00%"),
  ("O", "1.2.3", "Museo del Marmo", "2,5%", ""),
  ("I", "Realizzazione intervento di riqualificazione del polo museale con il Comune di Carrara", "22/05/2017", "<=31/12/2017", "100,00%"),
 ]),
]

PART_B = [
 (IMP, [
  ("O", "1.1.1", "Produrre e diffondere analisi e informazione economica", "6,00%", "100,00%"),
  ("I", "Rilevanza Rapporto Economia sulla stampa locale e nazionale", "7", "3 testate", "100,00%"),
  ("I", "Presentazione Rapporto Economia intermedio", "29/11/2017", "<=30/11/\n2017", "100,00%"),
  ("I", "N. conferenze stampa organizzate", "3", ">= 2", "100,00%"),
  ("I", "Produzione rapporti /studi/ricerche", "4", ">= 3", "100,00%"),
  ("I", "Orario apertura al pubblico Biblioteca rispetto all'orario previsto", "1", "1", "100,00%"),
  ("I", "N. partecipanti complessivi alla presentazione del Rapporto Economia", "70", ">= 60", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction sulle attività realizzate da ISR", "85%", ">= 85%", "100,00%"),
  ("I", "N. complessivo presenze sulla stampa della Camera anche con dati economici - statistici", "31", ">= 25", "100,00%"),
  ("O", "1.2.1", "CreaInRete", "2,50%", "100,00%"),
  ("I", "Realizzazione iniziative previste nell'ambito dei progetti di CreaInRete", "3", ">=3", "100,00%"),
  ("I", "Realizzazione documento di sintesi delle attività realizzate nell'ambito del CreInRete", "31/12/2017", "<=31/12/\n2017", "100,00%"),
  ("O", "1.2.2", T122, "2,50%", "100,00%"),
  ("I", "Realizzazione iniziative nell'ambito dei progetti attivati e coordinati di sviluppo del territorio", "2", ">=2", "100,00%"),
  ("I", "Realizzazione documento di sintesi nell'ambito dei progetti attivati e coordinati di sviluppo del territorio", "31/12/2017", "<=31/12/\n2017", "100,00%"),
  ("O", "1.2.4", "Comunicazione", "2,50%", "100,00%"),
  ("I", "N. \"Persone a cui piace\" pagine profilo FaceBook camerale", "1119", ">=1.000", "100,00%"),
  ("I", "N. newsletter inviate", "14", ">=12", "100,00%"),
  ("O", "3.1.2", T312, "9,00%", "80,00%"),
  ("I", "Avvio Sportello Start Up Innovative", "01/01/2017", "<=30/04/\n2017", "100,00%"),
  ("I", "Messa a regime Sportello Ascolto imprenditori in difficoltà", "23/02/2017", "<=30/04/\n2017", "100,00%"),
  ("I", "Partecipazione diretta ai Progetti di Alternanza Scuola Lavoro tramite la presenza in Camera di studenti (n. di studenti ospitati)", "16", ">= 8", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction sullo Sportello Start Up innovative", "0%", ">=85%", "0,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction sullo Sportello di ascolto imprenditori in difficoltà", "100%", ">=85%", "100,00%"),
  ("O", "3.1.3", "Favorire la valorizzazione e la SERVIZIO PROMOZIONE del territorio e la competitività delle imprese sui mercati", "9,00%", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction rilevato sulle iniziative del programma promozionale realizzate", "100%", ">=85%", "100,00%"),
  ("O", "3.2.1", "Promuovere gli strumenti di giustizia alternativa, arbitrato e mediazione, la risoluzione delle crisi da sovraidebitamento e le azioni di tutela a favore delle imprese e dei consumatori", "9,00%", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction in materia di mediazione", "99%", ">= 85%", "100,00%"),
  ("I", "Realizzazione evento \"Settimana della Conciliazione/Mediazione\" secondo le linee guida predisposte da Unioncamere Nazionale", "20/11/2017", "<=30/11/\n2017", "100,00%"),
  ("I", "Emissione ruolo esattoriale contenete le ordinanze inevase emesse nell'anno 2015", "2", "2", "100,00%"),
  ("I", "Emissione ordinanze in relazione ai verbali di accertamento degli anni precedenti", "443", "300", "100,00%"),
  ("O", "3.2.2", T322, "9,00%", "100,00%"),
  ("I", "N.ro di richieste a sportello di informazioni in materia di proprietà industriale", "622", "300", "100,00%"),
  ("I", "Evasione richieste di prelievo per certificazione DOC e IGT entro 7 gg dalla scadenza mensile secondo la nuova programmazione", "100%", "90%", "100,00%"),
  ("I", "Aggiornamento dati ISTAT (indice del costo della vita) su sito entro 5gg dalla pubblicazione", "100,0%", "100,0%", "100,00%"),
  ("O", "3.2.3", T323, "9,00%", "100,00%"),
  ("I", "n. strumenti di misura carburanti MID sottoposti a vigilanza", "18", "18", "100,00%"),
  ("I", "n. stazioni di servizio dotate di apparecchiature di prepagamento sottoposte a controllo", "20", "20", "100,00%"),
  ("I", "n. impianti di pesatura industriale sottoposti a controllo", "16", "15", "100,00%"),
  ("I", "n. esercizi commerciali sottoposti a controllo peso netto", "20", "20", "100,00%"),
  ("I", "n. rivenditori prodotti elettrici (bassa tensione) e generici", "3", "3", "100,00%"),
  ("I", "n. rivenditori giocattoli, tessile e calzature", "9", "9", "100,00%"),
 ]),
 (PROC, [
  ("O", "2.1.1", T211, "6,00%", "95,70%"),
  ("I", "Valutazione (giudizio: sufficiente o + ) ottenuta nell' indagine di People Satisfaction fra i dipendenti nell'ambito della rilevazione del questionario del CUG", "55%", ">=60%", "91,40%"),
  ("I", "Realizzazione incontri periodici del SG con tutto il personale", "5", ">= 4", "100,00%"),
  ("O", "2.1.4", T214, "6,00%", "95,00%"),
  ("I", "Valutazione positiva (buono e + ) ottenuta nell' indagine di People Satisfaction fra gli utenti camerali", "93%", ">=80%", "100,00%"),
  ("I", "N. report quadrimestrali per l'attuazione degli obblighi normativi (DLgs n.33/2013 e L.190/2012) in tema di trasparenza e prevenzione della corruzione", "2,7", "3,0", "90,00%"),
 ]),
 (INNOV, [
  ("O", "2.2.1", T221, "6,00%", "50,00%"),
  ("I", "Organizzazione iniziative per la promozione dello Sportello Reti di impresa", "31/12/2017", "<=31/12/\n2017", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction rilevata sullo Sportello Reti di Impresa", "0%", ">=85%", "0,00%"),
  ("O", "3.1.1", T311, "9,00%", "100,00%"),
  ("I", "Organizzazione eventi formativi entro il 31.12.2017", "13", "10", "100,00%"),
  ("I", "Introiti offerta formativa a pagamento per i corsi o seminari organizzati/costi diretti", "48%", ">= 15%", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction sulle attività formative non a pagamento", "87%", ">= 85%", "100,00%"),
  ("I", "Valutazione (giudizio: buono o +) di customer satisfaction sulle attività formative a pagamento", "100%", ">= 85%", "100,00%"),
  ("I", "Organizzazione incontri CIF - Comitato Imprenditoria Femminile", "3", ">= 3", "100,00%"),
 ]),
 (ECOFIN, [
  ("O", "2.1.2", "Valorizzazione economica del patrimonio camerale", "6,00%", "100,00%"),
  ("I", "N. di volte di utilizzo delle Sale camerali (Salone, Sala Rossa e Sala Verde) nell'anno", "136", ">=100", "100,00%"),
  ("I", "Predisposizione relazione conclusiva sulla messa in sicurezza del rivestimento della facciata della sede camerale", "31/12/2017", "<=31/12/\n2017", "100,00%"),
  ("O", "2.1.3", "Ottimizzare la gestione delle entrate", "6,00%", "100,00%"),
  ("I", "Comunicazione Associazioni di categoria e ODEC per condividere azioni di sollecito al pagamento", "15/06/2017", "<=30/06/\n2017", "100,00%"),
  ("O", "1.2.3", "Museo del Marmo", "2,50%", "100,00%"),
  ("I", "Realizzazione documento di sintesi sul progetto di riqualificazione del Polo Museale", "31/12/2017", "31/12/20\n17", "100,00%"),
 ]),
]

SIGNATURE = {
    "roles": ["IL SEGRETARIO GENERALE", "IL PRESIDENTE"],
    "names": ["Enrico Ciabatti", "Dino Sodini"],
    "notes": ["Allegato sottoscritto con firma digitale ai sensi del D. Lgs. n. 82/2005 e s.m.i.",
              "Il presente allegato è pubblicato integralmente all’Albo Informatico della CCIAA di Massa-Carrara",
              "ai sensi dell’art. 32 della Legge n. 69/2009 e del Regolamento camerale per la pubblicazione degli atti"],
}
