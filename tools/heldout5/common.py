"""Shared helpers for the h5- held-out cases (independent sample maker)."""
import json, os, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "samples", "variants", "heldout")


def case_dir(name):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    return d


def R(raw):
    return None if raw is None else {"raw": raw}


def Y(year, raw):
    return {"year": year, "raw": raw}


def node(code, level, title, parent=None, weight=None, ach=None, res=None,
         mission=None, programme=None, owners=None, unit=None, doc=0,
         description=None):
    return {"doc": doc, "code": code, "level": level, "title": title,
            "description": description, "parent": parent, "weight": R(weight),
            "achievement": ach or [], "resources": [R(r) for r in (res or [])],
            "mission": mission, "programme": programme,
            "owners": owners or [], "unit": unit}


def ind(code, name, node_ref, formula=None, variables=None, unit=None,
        type=None, weight=None, baselines=None, targets=None, results=None,
        ach=None, owners=None, notes=None, unit_org=None, doc=0,
        description=None, formula_text=None):
    return {"doc": doc, "code": code, "name": name, "description": description,
            "formula": formula, "formula_text": formula_text,
            "variables": variables or [], "unit": unit, "type": type,
            "node": node_ref, "unit_org": unit_org, "weight": R(weight),
            "baselines": baselines or [], "targets": targets or [],
            "results": results or [], "achievement": ach or [],
            "owners": owners or [], "notes": notes or []}


def finding(rule, subject, note, unit=None, doc=0):
    return {"rule": rule, "subject": subject, "doc": doc, "unit": unit,
            "note": note}


def write_truth(d, documents, nodes, indicators, findings=(), resources_total=None):
    t = {"documents": documents, "nodes": nodes, "indicators": indicators}
    if resources_total is not None:
        t["resources_total"] = R(resources_total)
    t["expected_findings"] = list(findings)
    t["clean"] = not findings
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_readme(d, text):
    with open(os.path.join(d, "README.md"), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


def html_to_pdf(html, pdf):
    """Print an HTML string to PDF with headless Chromium (no header/footer)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                        "file://" + src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def lo_convert(src, fmt, out_path):
    """Convert with LibreOffice headless (Italian locale), one at a time."""
    env = dict(os.environ, LANG="it_IT.UTF-8", LC_ALL="it_IT.UTF-8")
    with tempfile.TemporaryDirectory() as tmp:
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                        "--convert-to", fmt, "--outdir", tmp, src], check=True,
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = os.path.splitext(os.path.basename(src))[0]
        ext = fmt.split(":")[0]
        shutil.move(os.path.join(tmp, base + "." + ext), out_path)
