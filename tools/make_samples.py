#!/usr/bin/python3
"""Generate the sample documents under samples/ with their ground truth.

Usage: make_samples.py [--build DIR] [name ...]   (default: all samples)
Check afterwards with tools/samples/check_samples.py (truth texts vs the PDF text layer).
Needs chromium, libreoffice, poppler-utils and python3-openpyxl (Debian's /usr/bin/python3).
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "samples"))
REPO = os.path.dirname(HERE)


def main():
    import gen_plan
    import gen_pira
    import gen_report
    import gen_dashboard
    import gen_assignment
    generators = {
        "plan": gen_plan.build_landscape,
        "pira": gen_pira.build,
        "report": gen_report.build,
        "dashboard": gen_dashboard.build,
        "assignment": gen_assignment.build,
        "plan-portrait": gen_plan.build_portrait,
    }
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", default=os.environ.get("SAMPLES_BUILD", "/tmp/allegato-samples-build"),
                    help="scratch directory for HTML and intermediate files")
    ap.add_argument("names", nargs="*", help="samples to generate: " + ", ".join(generators))
    args = ap.parse_args()
    names = args.names or list(generators)
    for name in names:
        if name not in generators:
            sys.exit(f"unknown sample {name!r}; known: {', '.join(generators)}")
        outdir = os.path.join(REPO, "samples", name)
        result = generators[name](outdir, os.path.join(args.build, name))
        files = result if isinstance(result, tuple) else (result,)
        print(f"{name}: {files}")


if __name__ == "__main__":
    main()
