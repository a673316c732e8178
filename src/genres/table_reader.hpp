#pragma once
/// The generic reader: walks a document's tables and lines with a profile
/// and fills nodes and indicators. Columns get roles from the header
/// (column_roles.hpp); rows become entities by what they hold:
///   - a label row ("Indicatori", "Obiettivi operativi") gives a share to the
///     open objective and changes nothing else;
///   - a heading (a band alone in its row, a free line, a header's title
///     cell) opens a section, a unit, or a numbered objective;
///   - a row whose text is a numbered heading ("1.1.2 - ...") is an objective,
///     placed under the open objective whose code is its prefix;
///   - any other row with text and something measured is an indicator of the
///     innermost open objective.
/// Every value is read once, with its own provenance, and every piece used
/// is taken from the stream (the rest stays unassigned).
#include <map>
#include <string>

#include "genres/profile.hpp"
#include "genres/recognisers.hpp"

namespace allegato::genres {

/// Fills the filler's document with `profile`. Explanations of the column
/// roles of every header read go to info diagnostics "reader.columns".
/// `anchors` (row index -> node id) are nodes another reader opened at those
/// rows: from there on, indicators of the tables below measure that node.
void read_tables(Filler& filler, const Profile& profile, const std::map<std::size_t, std::string>& anchors = {});

/// Targets printed as a change from the baseline ("Aumento del 10% rispetto
/// alla baseline"; "2%" under "Riduzione del: 2% nel 2026 ..." whose shared
/// words `leads` holds by target index): the value they set, computed from
/// the latest baseline printed (a `value.relative` note says how), or text
/// when the document prints no baseline.
void resolve_relative_targets(Filler& filler, Indicator& ind, const std::map<std::size_t, std::string>& leads);

}  // namespace allegato::genres
