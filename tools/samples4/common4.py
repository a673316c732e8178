"""Shared helpers of the samples4 generators: everything comes from tools/samples3/common3.py
(which re-uses tools/samples2/common2.py). Content is invented."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "samples3"))
from common3 import (TUNED, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, it_num, it_pct,  # noqa: E402,F401
                     lo_convert, lo_pdf, node, q, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put,
                     xl_save, xl_styles)
