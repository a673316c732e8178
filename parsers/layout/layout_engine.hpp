#pragma once
/// The layout engine: positioned words and ruling lines of each page in,
/// tables and free text lines out. Needs no PDF (see pdf/pdf_reader for the
/// PDF side); tests and the fuzzer feed it synthetic pages.
#include <vector>

#include "layout/layout_types.hpp"
#include "tables/table.hpp"

namespace allegato::layout {

/// Runs every phase over `pages` and fills doc.tables (ids t1.. in reading
/// order), doc.lines (all text outside tables, reading order) and doc.pages.
/// Every word ends in exactly one cell or one line, but leader dots
/// (`Voce ........ 123`), which are neither. When `traces` is given it
/// receives, per page, what was detected and why. Never throws on odd input.
void build_layout(const std::vector<PageInput>& pages, ExtractedDocument& doc,
                  std::vector<PageTrace>* traces = nullptr);

}  // namespace allegato::layout
