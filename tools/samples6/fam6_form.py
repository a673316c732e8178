#!/usr/bin/python3
"""fam5-form-chromium-1: objective form + indicator table, printed by Chromium. Content invented."""
import os

from common6 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, td, th,
                     write_readme, write_truth)

ORG = "Ministero delle Acque Interne e della Navigazione Lacuale"
YEARS = [2026, 2027, 2028]
BASE = 2025

# (cdr, titolare, [(code, title, stanziamento, [(name, formula, variables, unit, raggiunto, t1, t2, t3, peso)])])
CDRS = [
    ("Direzione generale per la sicurezza delle dighe e delle infrastrutture idriche", "Ing. Paola Serravalle", [
        ("D1.01", "Accelerare le verifiche di sicurezza sulle grandi dighe in esercizio", "€ 2.350.000,00", [
            ("Dighe sottoposte a verifica sismica sul totale delle dighe in esercizio", "DIG_ver / DIG_tot x 100",
             ["DIG_ver", "DIG_tot"], "%", "54,2%", "maggiore o uguale a 60,00", "maggiore o uguale a 70,00",
             "maggiore o uguale a 80,00", "37,5"),
            ("Tempo medio di istruttoria dei progetti di gestione degli invasi",
             "Somma dei giorni di istruttoria / progetti istruiti", [], "gg", "41 gg", "<= 35 gg", "<= 30 gg",
             "<= 30 gg", "50"),
            ("Pubblicazione del rapporto annuale sullo stato delle dighe", "Pubblicazione sul sito istituzionale",
             [], "date", "–", "31.12.2026", "31.12.2027", "31.12.2028", "12,5"),
        ]),
        ("D1.02", "Digitalizzare l'archivio tecnico delle concessioni di derivazione d'acqua", "€ 640.000,00", [
            ("Fascicoli di concessione digitalizzati (valore cumulato)", "FAS_dig", ["FAS_dig"], "N.", "12.400",
             "= 45.000", "= 60.000", "= 72.000", "60"),
            ("Accesso telematico all'archivio per gli enti concessionari", "Attivazione del servizio on line", [],
             "text", "NO", "SI", "SI", "SI", "40"),
        ]),
    ]),
    ("Direzione generale per la navigazione sui laghi e le vie d'acqua interne", "Dott. Renato Filippazzi", [
        ("D2.01", "Migliorare la regolarità e l'accessibilità del servizio pubblico di navigazione lacuale",
         "€ 17.922.000,00", [
            ("Corse effettuate sul totale delle corse programmate", "COR_eff / COR_prog x 100",
             ["COR_eff", "COR_prog"], "%", "96,8%", "> 97%", "> 97,5%", "> 98%", "50"),
            ("Reclami per disservizi ogni 100.000 passeggeri trasportati", "REC_dis / PAX_tot x 100.000",
             ["REC_dis", "PAX_tot"], "N.", "4,1", "<= 3,5", "<= 3,0", "<= 2,5", "25"),
            ("Battelli accessibili alle persone con ridotta mobilità", "BAT_acc / BAT_tot x 100",
             ["BAT_acc", "BAT_tot"], "%", "38%", "> 45%", "> 55%", "> 65%", "25"),
        ]),
    ]),
]

CSS = """
body { font: 9pt "Liberation Serif", serif; color: #111; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 2mm 0; }
h2 { font-size: 10.5pt; text-align: center; font-weight: normal; margin: 0 0 4mm 0; }
p.intro { text-align: justify; margin: 0 0 5mm 0; }
table.scheda { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 7mm 0; page-break-inside: avoid; }
table.scheda td, table.scheda th { padding: 1.6mm 1.4mm; vertical-align: top; text-align: left;
  border-top: 0.4pt solid #777; }
table.scheda tr.form th { font-variant: small-caps; font-weight: bold; color: #234; }
table.scheda tr.form td { font-weight: normal; }
table.scheda tr.first th, table.scheda tr.first td { border-top: 1.6pt solid #234; }
table.scheda tr.head th { font-size: 7.6pt; background: #dfe6ee; border-top: 1.2pt solid #234;
  border-bottom: 1.2pt solid #234; }
table.scheda tr.zebra td { background: #f1f3f5; }
table.scheda td.n { text-align: right; }
table.scheda tr.last td { border-bottom: 1.6pt solid #234; }
"""


def build():
    name = "fam5-form-chromium-1"
    d = case_dir(name)
    body = [f"<h1>{esc(ORG)}</h1>",
            "<h2>Direttiva generale per l'azione amministrativa e la gestione 2026 – Schede obiettivo 2026-2028</h2>",
            "<p class=\"intro\">Le schede che seguono riportano, per ciascun centro di responsabilità, gli obiettivi "
            "assegnati per il triennio. Il valore raggiunto è quello rilevato al 31 dicembre dell'anno precedente; "
            "il primo anno del triennio è il 2026. Il peso degli indicatori di ciascun obiettivo è espresso in "
            "centesimi.</p>"]
    nodes, inds = [], []
    for cdr, tit, objs in CDRS:
        for code, title, stanz, rows in objs:
            t = ["<table class=\"scheda\"><colgroup><col style=\"width:27%\"><col style=\"width:19%\">"
                 "<col style=\"width:11%\"><col style=\"width:12%\"><col style=\"width:12%\"><col style=\"width:12%\">"
                 "<col style=\"width:7%\"></colgroup>"]
            t.append("<tr class=\"form first\">" + th("DENOMINAZIONE CDR", colspan=1) + td(cdr, colspan=6) + "</tr>")
            t.append("<tr class=\"form\">" + th("TITOLARE DEL CDR", colspan=1) + td(tit, colspan=6) + "</tr>")
            t.append("<tr class=\"form\">" + th("CODICE E DENOMINAZIONE OBIETTIVO", colspan=1)
                     + td(f"{code} – {title}", colspan=6) + "</tr>")
            t.append("<tr class=\"form\">" + th("STANZIAMENTO DI BILANCIO 2026", colspan=1) + td(stanz, colspan=6)
                     + "</tr>")
            t.append("<tr class=\"head\">" + "".join(th(h) for h in (
                "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "VALORE TARGET 2°ANNO",
                "VALORE TARGET 3°ANNO", "PESO")) + "</tr>")
            for k, (iname, formula, var, unit, vr, t1, t2, t3, peso) in enumerate(rows):
                cls = ["zebra"] if k % 2 else []
                if k == len(rows) - 1:
                    cls.append("last")
                t.append(f"<tr class=\"{' '.join(cls)}\">" + td(iname) + td(formula) + td(vr, "n") + td(t1, "n")
                         + td(t2, "n") + td(t3, "n") + td(peso, "n") + "</tr>")
                inds.append(ind(iname, code, unit=unit, weight=peso, formula=formula, variables=var,
                                baselines=[(BASE, vr)], targets=list(zip(YEARS, (t1, t2, t3))), unit_org=cdr))
            t.append("</table>")
            body += t
            nodes.append(node(code, "operational", title, resources=[stanz], owners=[tit], unit=cdr))
    html = html_page3("\n".join(body), CSS, margin="18mm 14mm 16mm 14mm",
                      top_left=q(ORG + " – Schede obiettivo 2026-2028"),
                      bottom_right='"Pagina " counter(page) " di " counter(pages)', hf_font='7.5pt "Liberation Serif"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Serif 9 pt. Title (the ministry), subtitle `Direttiva generale … – Schede obiettivo
2026-2028` and a paragraph. Each objective is ONE table (a "scheda", never split across pages) whose first rows are the
form — `DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `CODICE E DENOMINAZIONE OBIETTIVO` (`D1.01 – title`) and an extra row
`STANZIAMENTO DI BILANCIO 2026` (`€ 2.350.000,00`) — labels in small caps in the first column, values spanning the
rest; the CdR rows are REPEATED in every scheda of the same CdR. Under them, inside the same table, the indicator header
in a CHANGED column order with the weight LAST: `INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO |
VALORE TARGET 2°ANNO | VALORE TARGET 3°ANNO | PESO`; no GRADO DI REALIZZAZIONE column. Only horizontal rules, zebra
shading on alternate indicator rows. Bare weights with decimals (`37,5` + `50` + `12,5` = 100 per objective). A plan:
VALORE RAGGIUNTO is the value at 31.12.2025 = baseline 2025; ordinal years = 2026/2027/2028. Running header (ministry)
and footer `Pagina n di N`. Truth: objectives `operational`, `unit` = the CdR, owners = [the titolare], resources =
[the stanziamento], parent null; indicators `unit_org` = the CdR; variables only for formulas over measure codes.
""", CHROMIUM_PRODUCER.format(script="fam6_form.py"), [
        "form and indicator table fused in one table per objective; CdR form rows repeated per scheda",
        "weight column LAST, no GRADO DI REALIZZAZIONE column",
        "decimal bare weights `37,5`, `12,5`",
        "extra form row `STANZIAMENTO DI BILANCIO 2026` (node resources)",
        "only horizontal rules, zebra rows, Liberation Serif, portrait",
        "values `maggiore o uguale a 60,00`, `= 45.000`, `> 97,5%`, `31.12.2026`, `SI`/`NO`, baseline `–`",
        "formula `REC_dis / PAX_tot x 100.000` (a grouped constant)",
    ], [])


if __name__ == "__main__":
    build()
