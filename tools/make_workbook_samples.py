#!/usr/bin/python3
"""Makes the workbook samples (samples/workbook-formats, samples/workbook-csv).

Run with Debian's python (openpyxl): /usr/bin/python3 tools/make_workbook_samples.py
LibreOffice (headless) converts the openpyxl workbook to .xlsx (shared
strings, cached formula values, custom format ids), .ods and .xls. The
outputs are committed, so the tests never need Python or LibreOffice.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMATS = os.path.join(ROOT, "samples", "workbook-formats")
CSV = os.path.join(ROOT, "samples", "workbook-csv")

BOLD = Font(bold=True)
FILL = PatternFill("solid", fgColor="DDEBF7")


def header(cell, value):
    cell.value = value
    cell.font = BOLD
    cell.fill = FILL


def make_formats_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Obiettivi"
    ws["A1"] = "PIANO DELLA PERFORMANCE 2024-2026 - ALLEGATO 1"
    ws["A1"].font = BOLD
    ws.merge_cells("A1:H1")
    for col, text in zip("ABCDH", ["Codice", "Obiettivo", "Peso", "Risorse", "Scadenza"]):
        header(ws[col + "3"], text)
        ws.merge_cells(f"{col}3:{col}4")
    header(ws["E3"], "Target")
    ws.merge_cells("E3:G3")
    for col, year in zip("EFG", ["2024", "2025", "2026"]):
        header(ws[col + "4"], year)
    header(ws["I3"], "Note interne")

    rows = [
        ("1.1", "Digitalizzazione dei servizi", 0.1666, 229447.35, 0.73, 1419, 0.3333, datetime.date(2024, 12, 31)),
        ("1.2", "RICH", 0.3333, -1500.5, ">= 8 N.", "N/D", True, datetime.date(2025, 6, 30)),
        ("1.3", "Riga nascosta", 0.5, 0, 0.00001, 1234567.891, 1.5, datetime.date(2026, 1, 1)),
    ]
    formats = ["@", "@", "0.00%", '#,##0.00 "€"', "General", "#,##0", "0%", "dd/mm/yyyy"]
    for r, values in enumerate(rows, start=5):
        for c, (value, fmt) in enumerate(zip(values, formats)):
            cell = ws.cell(row=r, column=c + 1, value=value)
            if fmt != "@":
                cell.number_format = fmt
    ws["D6"].number_format = "#,##0.00;[Red]-#,##0.00"
    ws["F7"].number_format = "#,##0.000"
    ws["G6"].number_format = "General"
    ws["I5"] = "nascosta"
    ws.row_dimensions[7].hidden = True
    ws.column_dimensions["I"].hidden = True
    ws["A8"] = "Totale"
    ws["C8"] = "=SUM(C5:C7)"
    ws["C8"].number_format = "0.00%"
    ws["D8"] = "=SUM(D5:D7)"
    ws["D8"].number_format = '#,##0.00 "€"'
    ws["E8"] = "=1/0"

    two = wb.create_sheet("Due blocchi")
    two["A1"], two["B1"] = "Area", "Valore"
    two["A2"], two["B2"] = "Nord", 10
    # Row 3 is a single spacer row: the table goes on.
    two["A4"], two["B4"] = "Sud", 12.5
    two["F1"], two["G1"] = "Anno", "Budget"
    two["F2"], two["G2"] = 2024, 1000000
    two["G2"].number_format = "#,##0"
    # Rows 5-6 are empty: a second table starts at row 7.
    two["A7"], two["B7"], two["C7"] = "Indicatore", "Baseline", "Target"
    two["A8"], two["B8"], two["C8"] = "EC27", 0.23, ">= 0,23"
    two["A9"], two["B9"], two["C9"] = "Studi_ISR", 5, 6

    hidden = wb.create_sheet("Nascosto")
    hidden.sheet_state = "hidden"
    hidden["A1"], hidden["B1"] = "Parametro", "Valore"
    hidden["A2"], hidden["B2"] = "Soglia", 0.9
    hidden["B2"].number_format = "0%"
    wb.save(path)


def add_rich_text(path):
    """openpyxl 3.0 cannot write rich text: put runs (and a phonetic run that
    readers must skip) into the inline string that holds the placeholder RICH."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                rich = ('<is><r><rPr><b/></rPr><t>Qualità</t></r><r><t xml:space="preserve"> dei servizi '
                        '</t></r><r><rPr><i/></rPr><t>digitali</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is>')
                assert "<is><t>RICH</t></is>" in text
                text = text.replace("<is><t>RICH</t></is>", rich)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    os.replace(tmp, path)


def make_1904_workbook(path):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Date"
    ws["A1"], ws["B1"], ws["C1"] = "Evento", "Data", "Formato lungo"
    events = [("Approvazione", datetime.datetime(2024, 1, 31)), ("Verifica", datetime.datetime(2024, 7, 15, 9, 30))]
    for r, (name, when) in enumerate(events, start=2):
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=when).number_format = "dd/mm/yyyy hh:mm"
        ws.cell(row=r, column=3, value=when).number_format = "dddd d mmmm yyyy"
    wb.save(path)


def convert(src, fmt, out_name):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, LANG="it_IT.UTF-8")
        subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", fmt, "--outdir", tmp, src], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
        if not os.path.exists(produced):
            sys.exit(f"LibreOffice did not produce {produced}")
        shutil.copy(produced, out_name)


def make_csv_samples():
    rows = [
        ["Codice", "Indicatore", "Peso", "Target 2024", "Note"],
        ["EC27", "Qualità percepita dei servizi", "16,66%", ">= 90,00%", "Modifica target\nD CC 25/10/2022"],
        ["B3.1_02", 'Tempo medio "pratiche" Suap', "33,33%", "<= 5 gg", ""],
        ["Studi_ISR", "Risorse (€)", "50,01%", "229.447,35", "N/D"],
    ]

    def field(value):
        if any(ch in value for ch in ';"\n'):
            return '"' + value.replace('"', '""') + '"'
        return value

    text = "\r\n".join(";".join(field(v) for v in row) for row in rows) + "\r\n"
    with open(os.path.join(CSV, "indicatori-cp1252.csv"), "wb") as f:
        f.write(text.encode("cp1252"))

    tsv_rows = [["Servizio", "Risorse", "Anno"], ["Promozione", "1.419", "2024"], ["Studi e statistica", "0,73", "2025"]]
    tsv = "\n".join("\t".join(r) for r in tsv_rows) + "\n"
    with open(os.path.join(CSV, "risorse-bom.tsv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + tsv.encode("utf-8"))

    comma_rows = ['Codice,Descrizione,Valore', 'A1,"Uno, due",1.5', 'A2,"Tre ""quattro""",2']
    with open(os.path.join(CSV, "valori-virgola.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(comma_rows) + "\n")


def main():
    os.makedirs(FORMATS, exist_ok=True)
    os.makedirs(CSV, exist_ok=True)
    openpyxl_path = os.path.join(FORMATS, "openpyxl.xlsx")
    make_formats_workbook(openpyxl_path)
    add_rich_text(openpyxl_path)
    convert(openpyxl_path, "xlsx", os.path.join(FORMATS, "libreoffice.xlsx"))
    convert(openpyxl_path, "ods", os.path.join(FORMATS, "libreoffice.ods"))
    convert(openpyxl_path, "xls", os.path.join(FORMATS, "libreoffice.xls"))
    make_1904_workbook(os.path.join(FORMATS, "date1904.xlsx"))
    make_csv_samples()


if __name__ == "__main__":
    main()
