// The report's list of cells a person corrected (--corrections): read from
// the corrected values themselves, so a model saved as JSON or loaded from a
// store shows the same list.
#include <sstream>

#include "audit/finding_text.hpp"
#include "i18n/i18n.hpp"
#include "outputs/html_report.hpp"
#include "outputs/html_text.hpp"

namespace allegato {
namespace {

std::string local_id(const std::string& id, const std::string& doc) {
  const std::string prefix = doc + "/";
  return id.rfind(prefix, 0) == 0 ? id.substr(prefix.size()) : id;
}

std::string th(const char* msgid) { return "<th>" + html_escape(tr(msgid)) + "</th>"; }

}  // namespace

std::string render_corrections_section(const Model& model) {
  const std::vector<CorrectionEntry> entries = list_corrections(model);
  std::ostringstream unmatched;
  for (const auto& d : model.diagnostics)
    if (d.code == "correction.unmatched")
      unmatched << "<li>" << html_escape(d.where.doc) << " &middot; " << html_escape(shown_message(d)) << "</li>\n";
  if (entries.empty() && unmatched.str().empty()) return {};
  std::ostringstream out;
  out << "<h3 id=\"corrections\">" << html_escape(tr(N_("Corrections"))) << "</h3>\n";
  if (!entries.empty()) {
    out << "<table class=\"corrections\"><thead><tr>" << th(N_("document")) << th(N_("subject")) << th(N_("field"))
        << th(N_("printed")) << th(N_("corrected to")) << th(N_("corrected by")) << th(N_("where"))
        << "</tr></thead><tbody>\n";
    for (const auto& c : entries) {
      std::string field = tr(c.field.c_str());
      if (c.year) field += " " + std::to_string(*c.year);
      const std::string anchor = (c.indicator ? "#ind-" : "#node-") + c.subject;
      out << "<tr><td>" << html_escape(c.doc) << "</td><td><a href=\"" << html_escape(anchor) << "\">"
          << html_escape(local_id(c.subject, c.doc)) << "</a></td><td>" << html_escape(field) << "</td><td>"
          << (c.correction.printed.empty() ? "<i>" + html_escape(tr(N_("(none)"))) + "</i>"
                                           : "<del>" + html_escape(c.correction.printed) + "</del>")
          << "</td><td><ins>" << html_escape(c.value) << "</ins></td><td>"
          << html_escape(fill(tr(N_("{file} line {line}")),
                              {{"file", c.correction.file}, {"line", std::to_string(c.correction.line)}}))
          << "</td><td>" << (c.source ? html_escape(position_text(*c.source)) : "") << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
  }
  if (!unmatched.str().empty()) out << "<ul class=\"corrections\">\n" << unmatched.str() << "</ul>\n";
  return out.str();
}

}  // namespace allegato
