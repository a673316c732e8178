#include "outputs/html_report.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "core/sha256.hpp"
#include "core/version.hpp"
#include "outputs/html_text.hpp"
#include "outputs/page_images.hpp"

namespace allegato {
namespace {

std::string fixed1(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

int severity_rank(Severity s) { return s == Severity::error ? 0 : s == Severity::warning ? 1 : 2; }

std::string doc_of(const std::string& id) { return id.substr(0, id.find('/')); }

std::string rule_description(const std::string& id) {
  for (const auto& r : rule_table())
    if (r.id == id) return r.description;
  return {};
}

class ReportWriter {
 public:
  ReportWriter(const Model& model, const ReportOptions& options)
      : model_(model), options_(options), pages_(options.dpi, options.password) {
    for (const auto& d : model.documents) documents_[d.id] = &d;
  }

  std::string write(ReportStats* stats) {
    // Findings first: they decide which pages get rendered (once each).
    const std::string findings = findings_section();
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << html_escape(options_.title) << "</title><style>" << report_css() << "</style></head>\n"
        << "<body>\n<header><h1>" << html_escape(options_.title) << "</h1><p class=\"meta\">allegato " << kVersion
        << " &middot; schema " << html_escape(model_.schema) << " &middot; " << model_.documents.size()
        << " document(s) &middot; " << model_.findings.size() << " finding(s)</p></header>\n"
        << "<nav><a href=\"#summary\">Summary</a><a href=\"#tree\">Objective tree</a>"
        << "<a href=\"#findings\">Findings</a></nav>\n<main>\n"
        << summary_section() << "<section id=\"tree\"><h2>Objective tree</h2>\n"
        << "<p class=\"missing\">Each bar shows the weights of one set of siblings; the sum beside it is exact "
           "(green at 100%).</p>\n"
        << render_html_tree(model_) << "</section>\n"
        << findings << "</main>\n" << page_defs() << "<script>" << report_js() << "</script>\n</body></html>\n";
    if (stats) {
      stats->pages_rendered = pages_.rendered();
      stats->notes = notes_;
    }
    return out.str();
  }

 private:
  std::string summary_section() {
    std::map<std::string, std::array<int, 3>> by_rule;
    std::array<int, 3> by_severity{};
    std::map<std::string, std::array<int, 3>> by_doc;
    for (const auto& f : model_.findings) {
      const int s = severity_rank(f.severity);
      ++by_rule[f.rule][s];
      ++by_severity[s];
      ++by_doc[doc_of(f.subject)][s];
    }
    std::map<std::string, std::pair<int, int>> entities;  // doc -> nodes, indicators
    for (const auto& n : model_.nodes) ++entities[n.doc].first;
    for (const auto& i : model_.indicators) ++entities[i.doc].second;
    std::map<std::string, int> unassigned;
    for (const auto& u : model_.unassigned) ++unassigned[u.doc];

    std::ostringstream out;
    out << "<section id=\"summary\"><h2>Summary</h2>\n<div class=\"cards\">";
    const char* names[] = {"error", "warning", "info"};
    for (int s = 0; s < 3; ++s)
      out << "<div class=\"card " << names[s] << "\"><b>" << by_severity[s] << "</b><a href=\"#findings\" "
          << "data-filter-severity=\"" << names[s] << "\">" << names[s] << (by_severity[s] == 1 || s == 2 ? "" : "s")
          << "</a></div>";
    out << "<div class=\"card\"><b>" << model_.nodes.size() << "</b>objectives</div><div class=\"card\"><b>"
        << model_.indicators.size() << "</b>indicators</div></div>\n";

    out << "<h3>Documents</h3><table id=\"documents\"><thead><tr><th>id</th><th>organisation</th><th>kind</th>"
        << "<th>title</th><th>file</th><th>years</th><th>pages</th><th>objectives</th><th>indicators</th>"
        << "<th>errors</th><th>warnings</th><th>info</th><th>unassigned texts</th></tr></thead><tbody>\n";
    for (const auto& d : model_.documents) {
      std::string years;
      for (int y : d.years) years += (years.empty() ? "" : " ") + std::to_string(y);
      const auto counts = by_doc[d.id];
      out << "<tr><td>" << html_escape(d.id) << "</td><td>" << html_escape(d.organisation) << "</td><td>"
          << html_escape(d.kind) << "</td><td>" << html_escape(d.title) << "</td><td title=\"sha256 "
          << html_escape(d.sha256) << "\">" << html_escape(d.path) << "</td><td>" << years << "</td><td class=\"num\">"
          << d.pages << "</td><td class=\"num\">" << entities[d.id].first << "</td><td class=\"num\">"
          << entities[d.id].second << "</td>";
      for (int s = 0; s < 3; ++s) out << "<td class=\"num\">" << counts[s] << "</td>";
      out << "<td class=\"num\">" << unassigned[d.id] << "</td></tr>\n";
    }
    out << "</tbody></table>\n";

    out << "<h3>Findings by rule</h3>";
    if (by_rule.empty()) {
      out << "<p>No findings.</p>\n";
    } else {
      out << "<table id=\"rules\"><thead><tr><th>rule</th><th>what it flags</th><th>errors</th><th>warnings</th>"
          << "<th>info</th></tr></thead><tbody>\n";
      for (const auto& [rule, counts] : by_rule) {
        out << "<tr><td><a href=\"#findings\" data-filter-rule=\"" << html_escape(rule) << "\">" << html_escape(rule)
            << "</a></td><td>" << html_escape(rule_description(rule)) << "</td>";
        for (int s = 0; s < 3; ++s) out << "<td class=\"num\">" << counts[s] << "</td>";
        out << "</tr>\n";
      }
      out << "</tbody></table>\n";
    }
    std::size_t warnings = 0;
    for (const auto& d : model_.diagnostics) warnings += d.severity != Severity::info;
    if (warnings > 0) {
      out << "<p class=\"missing\">" << warnings
          << " warning(s) while reading (diagnostics); 'allegato import FILE --format summary' lists them.</p>\n";
    }
    out << "</section>\n";
    return out.str();
  }

  std::string filter_select(const char* id, const char* label, const std::set<std::string>& values) {
    std::ostringstream out;
    out << "<label>" << label << "<select id=\"" << id << "\"><option value=\"\">all</option>";
    for (const auto& v : values) out << "<option>" << html_escape(v) << "</option>";
    out << "</select></label>";
    return out.str();
  }

  std::string findings_section() {
    std::set<std::string> severities, rules, docs;
    for (const auto& f : model_.findings) {
      severities.insert(to_string(f.severity));
      rules.insert(f.rule);
      docs.insert(doc_of(f.subject));
    }
    std::vector<std::size_t> order(model_.findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return severity_rank(model_.findings[a].severity) < severity_rank(model_.findings[b].severity);
    });

    std::ostringstream out;
    out << "<section id=\"findings\"><h2>Findings</h2>\n<div class=\"filters\">"
        << filter_select("f-severity", "severity", severities) << filter_select("f-rule", "rule", rules)
        << filter_select("f-doc", "document", docs)
        << "<label>text<input id=\"f-text\" type=\"search\" placeholder=\"code, word...\"></label></div>\n"
        << "<p id=\"finding-count\">" << model_.findings.size() << " findings</p>\n<ol id=\"finding-list\">\n";
    for (std::size_t k : order) out << finding_item(model_.findings[k], k + 1);
    out << "</ol>\n</section>\n";
    return out.str();
  }

  std::string subject_link(const std::string& subject) {
    if (model_.find_indicator(subject)) return "#ind-" + subject;
    if (model_.find_node(subject)) return "#node-" + subject;
    return {};
  }

  std::string subject_title(const std::string& subject) {
    if (const auto* i = model_.find_indicator(subject)) return i->name;
    if (const auto* n = model_.find_node(subject)) return n->title;
    return {};
  }

  std::string finding_item(const Finding& f, std::size_t number) {
    const char* severity = to_string(f.severity);
    std::ostringstream out;
    out << "<li class=\"finding " << severity << "\" id=\"f" << number << "\" data-severity=\"" << severity
        << "\" data-rule=\"" << html_escape(f.rule) << "\" data-doc=\"" << html_escape(doc_of(f.subject)) << "\">"
        << "<div class=\"head\"><span class=\"sev " << severity << "\">" << severity << "</span><span class=\"rule\">"
        << html_escape(f.rule) << "</span>";
    const std::string link = subject_link(f.subject);
    if (link.empty())
      out << "<span class=\"subject\">" << html_escape(f.subject) << "</span>";
    else
      out << "<a class=\"subject\" href=\"" << html_escape(link) << "\">" << html_escape(f.subject) << "</a>";
    const std::string title = subject_title(f.subject);
    if (!title.empty()) out << "<span class=\"missing\">" << html_escape(title) << "</span>";
    out << "</div><p class=\"msg\">" << html_escape(f.message) << "</p>";
    if (f.expected || f.actual)
      out << "<p class=\"ea\">expected <b>" << html_escape(f.expected.value_or("-")) << "</b>, found <b>"
          << html_escape(f.actual.value_or("-")) << "</b></p>";
    out << sources_html(f.sources, f.subject) << "</li>\n";
    return out.str();
  }

  /// Page figures (PDF sources grouped by page) and cell lists (workbooks).
  std::string sources_html(const std::vector<Source>& sources, const std::string& subject) {
    std::map<std::pair<std::string, int>, std::vector<BBox>> pages;
    std::vector<std::pair<std::string, int>> page_order;
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> cells;  // (doc, sheet) -> cells
    for (const auto& s : sources) {
      const std::string doc = s.doc.empty() ? doc_of(subject) : s.doc;
      if (!s.sheet.empty() || !s.cell.empty()) {
        cells[{doc, s.sheet}].push_back(s.cell);
      } else if (s.page > 0) {
        const auto key = std::make_pair(doc, s.page);
        if (!pages.count(key)) page_order.push_back(key);
        auto& boxes = pages[key];
        if (s.bbox && !s.bbox->empty()) boxes.push_back(*s.bbox);
      }
    }
    std::ostringstream out;
    for (const auto& [key, list] : cells) {
      out << "<p class=\"cells\">" << html_escape(key.first) << " &middot; sheet <b>" << html_escape(key.second)
          << "</b>, cell" << (list.size() > 1 ? "s" : "") << " ";
      for (std::size_t i = 0; i < list.size(); ++i) out << (i ? ", " : "") << "<code>" << html_escape(list[i]) << "</code>";
      out << "</p>";
    }
    for (const auto& key : page_order) out << page_figure(key.first, key.second, pages[key]);
    return out.str();
  }

  std::string page_figure(const std::string& doc, int page, const std::vector<BBox>& boxes) {
    const std::string where = doc + " page " + std::to_string(page);
    auto it = documents_.find(doc);
    std::string why;
    const PageImage* image = nullptr;
    if (!options_.page_images) {
      why = "page pictures are off";
    } else if (it == documents_.end() || it->second->format != "pdf") {
      why = "not a PDF document";
    } else if (!same_file(*it->second)) {
      why = "the file at " + it->second->path + " is not the one imported (sha256 differs)";
    } else {
      image = pages_.get(it->second->path, page, &why);
    }
    if (!image) {
      std::string boxes_text;
      for (const auto& b : boxes)
        boxes_text += " [" + fixed1(b.x0) + " " + fixed1(b.y0) + " " + fixed1(b.x1) + " " + fixed1(b.y1) + "]";
      if (options_.page_images && !why.empty() && noted_.insert(where).second) notes_.push_back(where + ": " + why);
      return "<p class=\"cells\">" + html_escape(where) + html_escape(boxes_text) + " <span class=\"missing\">(" +
             html_escape(why) + ")</span></p>";
    }
    const std::string id = page_id(it->second->path, page, *image);
    // Show a band of the page around the highlighted cells; a click shows
    // the whole page.
    double top = image->height_pt, bottom = 0;
    for (const auto& b : boxes) {
      top = std::min(top, b.y0);
      bottom = std::max(bottom, b.y1);
    }
    if (boxes.empty()) {
      top = 0;
      bottom = image->height_pt;
    }
    top = std::max(0.0, top - 70);
    bottom = std::min(image->height_pt, bottom + 70);
    if (bottom - top < 160) bottom = std::min(image->height_pt, top + 160);
    const std::string full = "0 0 " + fixed1(image->width_pt) + " " + fixed1(image->height_pt);
    const std::string crop = "0 " + fixed1(top) + " " + fixed1(image->width_pt) + " " + fixed1(bottom - top);
    std::ostringstream out;
    out << "<figure class=\"page\"><svg viewBox=\"" << crop << "\" data-crop=\"" << crop << "\" data-full=\"" << full
        << "\" role=\"img\" aria-label=\"" << html_escape(where) << "\"><use href=\"#" << id << "\"/>";
    for (const auto& b : boxes)
      out << "<rect class=\"hl\" x=\"" << fixed1(b.x0 - 1.5) << "\" y=\"" << fixed1(b.y0 - 1.5) << "\" width=\""
          << fixed1(b.width() + 3) << "\" height=\"" << fixed1(b.height() + 3) << "\"/>";
    out << "</svg><figcaption>" << html_escape(where) << " &middot; click the picture for the whole page"
        << "</figcaption></figure>";
    return out.str();
  }

  /// Boxes drawn on another version of the file would point at the wrong
  /// cells: the file must still be the one imported (when its hash is known).
  bool same_file(const Document& d) {
    if (d.sha256.empty()) return true;
    auto it = verified_.find(d.path);
    if (it != verified_.end()) return it->second == d.sha256;
    std::string digest;
    std::ifstream in(d.path, std::ios::binary);
    if (in) {
      Sha256 hash;
      char buffer[1 << 16];
      while (in) {
        in.read(buffer, sizeof buffer);
        hash.update(buffer, static_cast<std::size_t>(in.gcount()));
      }
      digest = hash.hex_digest();
    }
    verified_[d.path] = digest;
    // A missing file is reported by the renderer with its own reason.
    return digest.empty() || digest == d.sha256;
  }

  std::string page_id(const std::string& path, int page, const PageImage& image) {
    const auto key = std::make_pair(path, page);
    auto it = page_ids_.find(key);
    if (it != page_ids_.end()) return it->second;
    const std::string id = "page-" + std::to_string(page_ids_.size() + 1);
    page_ids_[key] = id;
    page_order_.push_back({id, &image});
    return id;
  }

  /// Every rendered page once, as an SVG <image> that figures <use>.
  std::string page_defs() {
    if (page_order_.empty()) return {};
    std::ostringstream out;
    out << "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>\n";
    for (const auto& [id, image] : page_order_)
      out << "<image id=\"" << id << "\" x=\"0\" y=\"0\" width=\"" << fixed1(image->width_pt) << "\" height=\""
          << fixed1(image->height_pt) << "\" href=\"data:image/png;base64," << base64_encode(image->png) << "\"/>\n";
    out << "</defs></svg>\n";
    return out.str();
  }

  const Model& model_;
  const ReportOptions& options_;
  PageImageCache pages_;
  std::map<std::string, const Document*> documents_;
  std::map<std::string, std::string> verified_;  // path -> sha256 of the file now
  std::map<std::pair<std::string, int>, std::string> page_ids_;
  std::vector<std::pair<std::string, const PageImage*>> page_order_;
  std::vector<std::string> notes_;
  std::set<std::string> noted_;
};

}  // namespace

std::string render_html_report(const Model& model, const ReportOptions& options, ReportStats* stats) {
  return ReportWriter(model, options).write(stats);
}

}  // namespace allegato
