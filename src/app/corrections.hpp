#pragma once
/// Corrections a person writes for cells the import misread, kept in a small
/// CSV next to the plan and applied on every import of that document
/// (`--corrections FILE`):
///
///     document,subject,field,year,value
///     piano-2023.pdf,1.1.1/Nquest_customer,target,2023,>= 90 N.
///     piano-2023.pdf,OC_TBS_03,weight,,33,33%
///
/// `document`: the file's path, its name, or its sha256. `subject`: a node
/// or indicator by local id ("1.1.1/Nquest_customer"), full id, code, or
/// name. `field`: target, baseline, result (with a year), achievement (year
/// optional), weight, name, title, unit, formula. `value`: as it should have
/// been printed (read like the cell: "> = 90 N.", "33,33%"). ';' also
/// separates fields when the header uses it (an Italian Excel's CSV).
///
/// Each corrected value keeps what was printed and where the correction came
/// from on the value itself (`Number::corrected`, `Target::corrected`, an
/// entity's `corrected_fields` for text): the JSON writes it as "corrected",
/// the store as a row of its table `corrections`, the HTML report lists it.
/// A diagnostic `value.corrected` (info) also says "target 2023 of
/// 1.1.1/Nquest_customer: printed \">= 80 N.\", corrected to \">= 90 N.\" by
/// corrections.csv line 2". A line that matches nothing is a warning
/// (`correction.unmatched`), never silently dropped.
///
/// A store skips a document whose sha256 it holds; it reads it again when
/// the corrections for it changed (`Document::corrections_digest`), so a
/// correction added after the first import is applied by the next one.
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace allegato {

struct CorrectionLine {
  std::string document;
  std::string subject;
  std::string field;
  std::optional<int> year;
  std::string value;
  int line = 0;  ///< 1-based line in the file (the header is line 1)
};

/// Reads the file. Throws ImportError("corrections.unreadable" /
/// "corrections.malformed") naming the line and what to fix.
std::vector<CorrectionLine> read_corrections(const std::string& path);

/// Applies every correction whose document is in `model`; records each one
/// (or its failure to match) in model.diagnostics and sets each document's
/// corrections_digest. `file` names the source of the corrections in those
/// records.
void apply_corrections(Model& model, const std::vector<CorrectionLine>& corrections, const std::string& file);

/// A digest of the lines of `corrections` that name the document at `path`
/// with `sha256` ("" when none does): equal digests, same corrections.
std::string corrections_digest(const std::vector<CorrectionLine>& corrections, const std::string& file,
                               const std::string& path, const std::string& sha256);

}  // namespace allegato
