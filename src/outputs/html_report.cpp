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
#include "audit/finding_text.hpp"
#include "i18n/i18n.hpp"
#include "core/sha256.hpp"
#include "core/version.hpp"
#include "outputs/html_text.hpp"
#include "outputs/page_images.hpp"
#include "workbook/cell_ref.hpp"
#include "workbook/workbook_reader.hpp"

namespace allegato {
namespace {

std::string fixed1(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

int severity_rank(Severity s) { return s == Severity::error ? 0 : s == Severity::warning ? 1 : 2; }

std::string doc_of(const std::string& id) { return id.substr(0, id.find('/')); }

// One colour per source of a finding (box, caption swatch, grid cell).
constexpr const char* kSourceColours[] = {"#d92d20", "#1570ef", "#079455", "#dc6803", "#7a5af8",
                                          "#dd2590", "#0e9384", "#4e5ba6"};
const char* source_colour(std::size_t k) { return kSourceColours[k % 8]; }

std::string count_text(const char* singular, const char* plural, std::size_t n) {
  return fill(trn(singular, plural, static_cast<long long>(n)), {{"n", format_integer(static_cast<long long>(n))}});
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
    const std::string title =
        options_.title == ReportOptions{}.title ? tr(N_("allegato - audit report")) : options_.title;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << ui_language() << "\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << html_escape(title) << "</title><style>" << report_css() << "</style></head>\n"
        << "<body>\n<header><h1>" << html_escape(title) << "</h1><p class=\"meta\">allegato " << kVersion
        << " &middot; schema " << html_escape(model_.schema) << " &middot; "
        << html_escape(count_text("{n} document", "{n} documents", model_.documents.size())) << " &middot; "
        << html_escape(count_text("{n} finding", "{n} findings", model_.findings.size())) << "</p></header>\n"
        << "<nav><a href=\"#findings\">" << html_escape(tr(N_("Findings"))) << "</a><a href=\"#summary\">"
        << html_escape(tr(N_("Summary"))) << "</a><a href=\"#tree\">" << html_escape(tr(N_("Objective tree")))
        << "</a></nav>\n<main>\n"
        << cards() << findings << summary_section() << "<section id=\"tree\"><h2>"
        << html_escape(tr(N_("Objective tree"))) << "</h2>\n<p class=\"missing\">"
        << html_escape(tr(N_("Each bar shows the weights of one set of siblings, one colour each (named in the legend "
                             "below it); the sum beside it is exact (green at 100%). Click a line to open or close it.")))
        << "</p>\n<p class=\"tree-buttons\"><button type=\"button\" data-tree=\"open\">"
        << html_escape(tr(N_("Open all"))) << "</button> <button type=\"button\" data-tree=\"close\">"
        << html_escape(tr(N_("Close all"))) << "</button></p>\n"
        << render_html_tree(model_) << "</section>\n"
        << "</main>\n" << page_defs() << "<script>" << report_js() << "</script>\n</body></html>\n";
    if (stats) {
      stats->pages_rendered = pages_.rendered();
      stats->notes = notes_;
    }
    return out.str();
  }

 private:
  /// Counts by severity, each a link that filters the findings below.
  std::string cards() {
    std::array<std::size_t, 3> by_severity{};
    for (const auto& f : model_.findings) ++by_severity[static_cast<std::size_t>(severity_rank(f.severity))];
    const Severity order[] = {Severity::error, Severity::warning, Severity::info};
    std::ostringstream out;
    out << "<div class=\"cards\">";
    for (int k = 0; k < 3; ++k) {
      const char* name = to_string(order[k]);
      out << "<div class=\"card " << name << "\"><b>" << format_integer(static_cast<long long>(by_severity[static_cast<std::size_t>(k)]))
          << "</b><a href=\"#findings\" data-filter-severity=\"" << name << "\">"
          << html_escape(severity_plural(order[k])) << "</a></div>";
    }
    out << "<div class=\"card\"><b>" << format_integer(static_cast<long long>(model_.nodes.size())) << "</b>"
        << html_escape(tr(N_("objectives"))) << "</div><div class=\"card\"><b>"
        << format_integer(static_cast<long long>(model_.indicators.size())) << "</b>" << html_escape(tr(N_("indicators")))
        << "</div></div>\n";
    return out.str();
  }

  std::string summary_section() {
    std::map<std::string, std::array<int, 3>> by_rule;
    std::map<std::string, std::array<int, 3>> by_doc;
    for (const auto& f : model_.findings) {
      const int s = severity_rank(f.severity);
      ++by_rule[f.rule][static_cast<std::size_t>(s)];
      ++by_doc[doc_of(f.subject)][static_cast<std::size_t>(s)];
    }
    std::map<std::string, std::pair<int, int>> entities;  // doc -> nodes, indicators
    for (const auto& n : model_.nodes) ++entities[n.doc].first;
    for (const auto& i : model_.indicators) ++entities[i.doc].second;
    // Texts no entity took; column headers and page boilerplate are counted
    // apart (they are recognised, just not data).
    std::map<std::string, int> unassigned, recognised;
    for (const auto& u : model_.unassigned) ++(u.role.empty() ? unassigned : recognised)[u.doc];

    auto th = [](const char* msgid) { return "<th>" + html_escape(tr(msgid)) + "</th>"; };
    std::ostringstream out;
    out << "<section id=\"summary\"><h2>" << html_escape(tr(N_("Summary"))) << "</h2>\n";
    out << "<h3>" << html_escape(tr(N_("Documents"))) << "</h3><table id=\"documents\"><thead><tr>" << th(N_("id"))
        << th(N_("organisation")) << th(N_("kind")) << th(N_("title")) << th(N_("file")) << th(N_("years"))
        << th(N_("pages")) << th(N_("objectives")) << th(N_("indicators")) << th(N_("errors")) << th(N_("warnings"))
        << th(N_("info")) << th(N_("unassigned texts")) << "</tr></thead><tbody>\n";
    for (const auto& d : model_.documents) {
      std::string years;
      for (int y : d.years) years += (years.empty() ? "" : " ") + std::to_string(y);
      const auto counts = by_doc[d.id];
      out << "<tr><td>" << html_escape(d.id) << "</td><td>" << html_escape(d.organisation) << "</td><td>"
          << html_escape(kind_name(d.kind)) << "</td><td>" << html_escape(d.title) << "</td><td title=\"sha256 "
          << html_escape(d.sha256) << "\">" << html_escape(d.path) << "</td><td>" << years << "</td><td class=\"num\">"
          << d.pages << "</td><td class=\"num\">" << entities[d.id].first << "</td><td class=\"num\">"
          << entities[d.id].second << "</td>";
      for (std::size_t s = 0; s < 3; ++s) out << "<td class=\"num\">" << counts[s] << "</td>";
      out << "<td class=\"num\" title=\""
          << html_escape(fill(tr(N_("{n} more: column headers and page headers or footers, recognised as such")),
                              {{"n", std::to_string(recognised[d.id])}}))
          << "\">" << unassigned[d.id] << "</td></tr>\n";
    }
    out << "</tbody></table>\n";

    out << "<h3>" << html_escape(tr(N_("Findings by rule"))) << "</h3>";
    if (by_rule.empty()) {
      out << "<p>" << html_escape(tr(N_("No findings."))) << "</p>\n";
    } else {
      out << "<table id=\"rules\"><thead><tr>" << th(N_("rule")) << th(N_("what it flags")) << th(N_("errors"))
          << th(N_("warnings")) << th(N_("info")) << "</tr></thead><tbody>\n";
      for (const auto& [rule, counts] : by_rule) {
        out << "<tr><td><a href=\"#findings\" data-filter-rule=\"" << html_escape(rule) << "\">" << html_escape(rule)
            << "</a></td><td>" << html_escape(rule_description_text(rule)) << "</td>";
        for (std::size_t s = 0; s < 3; ++s) out << "<td class=\"num\">" << counts[s] << "</td>";
        out << "</tr>\n";
      }
      out << "</tbody></table>\n";
    }
    out << render_corrections_section(model_);
    std::size_t warnings = 0;
    for (const auto& d : model_.diagnostics) warnings += d.severity != Severity::info;
    if (warnings > 0) {
      out << "<p class=\"missing\">"
          << html_escape(fill(trn("{n} warning while reading (diagnostics); 'allegato import FILE --format summary' lists it.",
                                  "{n} warnings while reading (diagnostics); 'allegato import FILE --format summary' lists them.",
                                  static_cast<long long>(warnings)),
                              {{"n", std::to_string(warnings)}}))
          << "</p>\n";
    }
    out << "</section>\n";
    return out.str();
  }

  /// `shown` gives each value's text (a severity in --lang); the value stays.
  std::string filter_select(const char* id, const char* label, const std::set<std::string>& values,
                            std::string (*shown)(const std::string&) = nullptr) {
    std::ostringstream out;
    out << "<label>" << html_escape(tr(label)) << "<select id=\"" << id << "\"><option value=\"\">"
        << html_escape(tr(N_("all"))) << "</option>";
    for (const auto& v : values)
      out << "<option value=\"" << html_escape(v) << "\">" << html_escape(shown ? shown(v) : v) << "</option>";
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
    auto severity_shown = [](const std::string& v) {
      return severity_name(v == "error" ? Severity::error : v == "warning" ? Severity::warning : Severity::info);
    };
    out << "<section id=\"findings\"><h2>" << html_escape(tr(N_("Findings"))) << "</h2>\n<div class=\"filters\">"
        << filter_select("f-severity", N_("severity"), severities, severity_shown)
        << filter_select("f-rule", N_("rule"), rules) << filter_select("f-doc", N_("document"), docs) << "<label>"
        << html_escape(tr(N_("text"))) << "<input id=\"f-text\" type=\"search\" placeholder=\""
        << html_escape(tr(N_("code, word..."))) << "\"></label></div>\n"
        << "<p id=\"finding-count\" data-template=\"" << html_escape(tr(N_("{shown} of {total} findings shown")))
        << "\">" << html_escape(count_text("{n} finding", "{n} findings", model_.findings.size()))
        << "</p>\n<ol id=\"finding-list\">\n";
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
        << "<div class=\"head\"><span class=\"sev " << severity << "\">" << html_escape(severity_name(f.severity))
        << "</span><span class=\"rule\">"
        << html_escape(f.rule) << "</span>";
    const std::string link = subject_link(f.subject);
    if (link.empty())
      out << "<span class=\"subject\">" << html_escape(f.subject) << "</span>";
    else
      out << "<a class=\"subject\" href=\"" << html_escape(link) << "\">" << html_escape(f.subject) << "</a>";
    const std::string title = subject_title(f.subject);
    if (!title.empty()) out << "<span class=\"missing\">" << html_escape(title) << "</span>";
    out << "</div><p class=\"msg\">" << html_escape(finding_message(f)) << "</p>";
    if (const std::string values = expected_found(f); !values.empty())
      out << "<p class=\"ea\">" << html_escape(values) << "</p>";
    out << sources_html(f.sources, f.subject) << "</li>\n";
    return out.str();
  }

  /// The neighbourhood of the cells involved, as a small grid read again
  /// from the workbook (column letters, row numbers, each cell involved
  /// boxed in its source's colour); "" when the file cannot be read.
  std::string sheet_grid(const std::string& doc, const std::string& sheet,
                         const std::vector<std::pair<std::size_t, const Source*>>& list) {
    auto it = documents_.find(doc);
    if (it == documents_.end() || it->second->format == "pdf" || it->second->format == "json") return {};
    const auto* cells = sheet_cells(*it->second, sheet);
    if (!cells) return {};
    std::map<std::pair<int, int>, std::size_t> involved;  // (row, col) -> colour
    int top = 1 << 30, bottom = -1, left = 1 << 30, right = -1;
    for (const auto& [colour, src] : list) {
      const std::string& ref = src->cell;
      const auto colon = ref.find(':');
      const auto a = parse_cell_ref(ref.substr(0, colon));
      const auto b = colon == std::string::npos ? a : parse_cell_ref(ref.substr(colon + 1));
      if (!a || !b) continue;
      for (int r = std::min(a->row, b->row); r <= std::max(a->row, b->row) && r - a->row < 50; ++r)
        for (int c = std::min(a->col, b->col); c <= std::max(a->col, b->col) && c - a->col < 50; ++c) {
          involved.emplace(std::make_pair(r, c), colour);
          top = std::min(top, r);
          bottom = std::max(bottom, r);
          left = std::min(left, c);
          right = std::max(right, c);
        }
    }
    if (involved.empty()) return {};
    top = std::max(0, top - 2);
    bottom = std::min(bottom + 2, top + 14);
    left = std::max(0, left - 2);
    right = std::min(right + 2, left + 9);
    std::ostringstream out;
    out << "<table class=\"grid\"><thead><tr><th></th>";
    for (int c = left; c <= right; ++c) out << "<th>" << column_name(c) << "</th>";
    out << "</tr></thead><tbody>";
    for (int r = top; r <= bottom; ++r) {
      out << "<tr><th>" << r + 1 << "</th>";
      for (int c = left; c <= right; ++c) {
        auto text = cells->find({r, c});
        std::string shown = text == cells->end() ? "" : text->second;
        if (shown.size() > 40) shown = std::string(utf8_cut(shown, 38)) + "...";
        auto hit = involved.find({r, c});
        out << "<td";
        if (hit != involved.end())
          out << " class=\"hit\" style=\"outline-color:" << source_colour(hit->second) << "\"";
        out << ">" << html_escape(shown) << "</td>";
      }
      out << "</tr>";
    }
    out << "</tbody></table>";
    return out.str();
  }

  /// Every cell's displayed text of one sheet, read once per workbook.
  const std::map<std::pair<int, int>, std::string>* sheet_cells(const Document& d, const std::string& sheet) {
    auto found = workbooks_.find(d.path);
    if (found == workbooks_.end()) {
      std::map<std::string, std::map<std::pair<int, int>, std::string>> sheets;
      if (same_file(d)) {
        try {
          const ExtractedDocument x = read_workbook(d.path, d.format);
          for (const auto& t : x.tables)
            for (const auto& c : t.cells) {
              const auto pos = parse_cell_ref(c.cell_ref());
              if (pos) sheets[t.sheet][{pos->row, pos->col}] = c.text;
            }
          for (const auto& l : x.lines) {
            const auto pos = parse_cell_ref(l.cell_ref);
            if (pos && !l.sheet.empty()) sheets[l.sheet][{pos->row, pos->col}] = l.text;
          }
        } catch (const std::exception&) {
          // No grid for a file that no longer reads: the cell list stays.
        }
      }
      found = workbooks_.emplace(d.path, std::move(sheets)).first;
    }
    auto s = found->second.find(sheet);
    return s == found->second.end() ? nullptr : &s->second;
  }

  static std::string_view utf8_cut(const std::string& s, std::size_t bytes) {
    std::size_t n = std::min(bytes, s.size());
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return std::string_view(s).substr(0, n);
  }

  struct Box {
    BBox box;
    std::size_t colour;
    std::string caption;
  };

  /// What a source is, for its caption: the label the rule gave it, else
  /// the node or indicator whose source it is, else where it is.
  std::string caption_of(const Source& s) { return plain_caption_of(s) + correction_note(s); }

  /// A cell a person corrected shows the printed value, while the finding
  /// speaks of the corrected one: its caption says so.
  std::string correction_note(const Source& s) {
    if (!corrections_listed_) {
      corrections_ = list_corrections(model_);
      corrections_listed_ = true;
    }
    Source cell = s;
    cell.label.clear();
    for (const auto& c : corrections_)
      if (c.source && *c.source == cell)
        return " (" +
               fill(tr(N_("corrected to \"{value}\"; printed \"{printed}\", corrected by {file} line {line}")),
                    {{"value", c.value},
                     {"printed", c.correction.printed},
                     {"file", c.correction.file},
                     {"line", std::to_string(c.correction.line)}}) +
               ")";
    return {};
  }

  std::string plain_caption_of(const Source& s) {
    if (const std::string& label = s.label; !label.empty()) {
      // The audit labels value cells in English ("result 2017", "weight of
      // 2.1"): the words in the report's language, the rest as it is.
      static const char* const kinds[] = {N_("printed achievement"), N_("result"),       N_("target"),
                                          N_("baseline"),            N_("weight of"),    N_("resources of"),
                                          N_("printed total")};
      for (const char* kind : kinds) {
        const std::string k = kind;
        if (label.compare(0, k.size(), k) == 0 && (label.size() == k.size() || label[k.size()] == ' '))
          return tr(kind) + label.substr(k.size());
      }
      return label;
    }
    if (entity_captions_.empty()) {
      for (const auto& n : model_.nodes)
        entity_captions_.emplace_back(&n.source, trc("level", n.level) + " " + (n.code.empty() ? n.title : n.code));
      for (const auto& i : model_.indicators)
        entity_captions_.emplace_back(&i.source, tr(N_("indicator")) + " " + (i.code.empty() ? i.name : i.code));
    }
    for (const auto& [source, caption] : entity_captions_)
      if (*source == s) return caption.size() > 70 ? std::string(caption, 0, 67) + "..." : caption;
    return position_text(s);
  }

  /// Page figures (PDF sources grouped by page) and cell lists (workbooks);
  /// every source has its own colour and caption.
  std::string sources_html(const std::vector<Source>& sources, const std::string& subject) {
    std::map<std::pair<std::string, int>, std::vector<Box>> pages;
    std::vector<std::pair<std::string, int>> page_order;
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::size_t, const Source*>>> cells;
    std::vector<std::pair<std::string, std::string>> cell_order;
    std::size_t colour = 0;
    for (const auto& s : sources) {
      const std::string doc = s.doc.empty() ? doc_of(subject) : s.doc;
      if (!s.sheet.empty() || !s.cell.empty()) {
        const auto key = std::make_pair(doc, s.sheet);
        if (!cells.count(key)) cell_order.push_back(key);
        cells[key].push_back({colour++, &s});
      } else if (s.page > 0) {
        const auto key = std::make_pair(doc, s.page);
        if (!pages.count(key)) page_order.push_back(key);
        auto& boxes = pages[key];
        if (s.bbox && !s.bbox->empty()) {
          // The same box twice (a rule listing one row for two reasons) is drawn once.
          bool seen = false;
          for (const auto& b : boxes) seen = seen || (b.box == *s.bbox && b.caption == caption_of(s));
          if (!seen) boxes.push_back({*s.bbox, colour++, caption_of(s)});
        }
      }
    }
    std::ostringstream out;
    for (const auto& key : cell_order) {
      const auto& list = cells[key];
      out << "<div class=\"cells\">" << html_escape(key.first) << " &middot; "
          << html_escape(fill(tr(N_("sheet {sheet}")), {{"sheet", key.second}}))
          << sheet_grid(key.first, key.second, list) << "<ul class=\"captions\">";
      for (const auto& [k, src] : list)
        out << "<li><i style=\"background:" << source_colour(k) << "\"></i><code style=\"border-color:"
            << source_colour(k) << "\">" << html_escape(src->cell) << "</code> " << html_escape(caption_of(*src))
            << "</li>";
      out << "</ul></div>";
    }
    for (const auto& key : page_order) out << page_figure(key.first, key.second, pages[key]);
    return out.str();
  }

  std::string page_figure(const std::string& doc, int page, const std::vector<Box>& boxes) {
    const std::string where = fill(tr(N_("{doc} page {page}")), {{"doc", doc}, {"page", std::to_string(page)}});
    auto it = documents_.find(doc);
    std::string why;
    const PageImage* image = nullptr;
    if (!options_.page_images) {
      why = tr(N_("page pictures are off"));
    } else if (it == documents_.end() || it->second->format != "pdf") {
      why = tr(N_("not a PDF document"));
    } else if (!same_file(*it->second)) {
      why = fill(tr(N_("the file at {path} is not the one imported (sha256 differs)")), {{"path", it->second->path}});
    } else {
      image = pages_.get(it->second->path, page, &why);
    }
    std::ostringstream captions;
    captions << "<ul class=\"captions\">";
    for (std::size_t k = 0; k < boxes.size(); ++k)
      captions << "<li><i style=\"background:" << source_colour(boxes[k].colour) << "\"></i>" << boxes[k].colour + 1 << " "
               << html_escape(boxes[k].caption) << "</li>";
    captions << "</ul>";
    if (!image) {
      std::string boxes_text;
      for (const auto& b : boxes)
        boxes_text += " [" + fixed1(b.box.x0) + " " + fixed1(b.box.y0) + " " + fixed1(b.box.x1) + " " + fixed1(b.box.y1) + "]";
      if (options_.page_images && !why.empty() && noted_.insert(where).second) notes_.push_back(where + ": " + why);
      return "<div class=\"cells\">" + html_escape(where) + html_escape(boxes_text) + " <span class=\"missing\">(" +
             html_escape(why) + ")</span>" + (boxes.empty() ? std::string() : captions.str()) + "</div>";
    }
    const std::string id = page_id(it->second->path, page, *image);
    // Show a band of the page around the highlighted cells; a click shows
    // the whole page.
    double top = image->height_pt, bottom = 0;
    for (const auto& b : boxes) {
      top = std::min(top, b.box.y0);
      bottom = std::max(bottom, b.box.y1);
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
    for (std::size_t k = 0; k < boxes.size(); ++k) {
      const auto& b = boxes[k].box;
      const char* c = source_colour(boxes[k].colour);
      // Nested boxes (a cell inside its row) stay apart: each later box is
      // drawn a little further out.
      const double pad = 1.5 + static_cast<double>(k % 4) * 1.5;
      out << "<rect class=\"hl\" style=\"stroke:" << c << "\" x=\"" << fixed1(b.x0 - pad) << "\" y=\""
          << fixed1(b.y0 - pad) << "\" width=\"" << fixed1(b.width() + 2 * pad) << "\" height=\""
          << fixed1(b.height() + 2 * pad) << "\"/><text class=\"tag\" style=\"fill:" << c << "\" x=\""
          << fixed1(b.x0 - pad) << "\" y=\"" << fixed1(b.y0 - pad - 1) << "\">" << boxes[k].colour + 1 << "</text>";
    }
    out << "</svg><figcaption>" << html_escape(where) << " &middot; "
        << html_escape(tr(N_("click the picture for the whole page"))) << captions.str() << "</figcaption></figure>";
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
  std::vector<std::pair<const Source*, std::string>> entity_captions_;
  std::vector<CorrectionEntry> corrections_;
  bool corrections_listed_ = false;
  std::map<std::string, std::map<std::string, std::map<std::pair<int, int>, std::string>>> workbooks_;
};

}  // namespace

std::string render_html_report(const Model& model, const ReportOptions& options, ReportStats* stats) {
  return ReportWriter(model, options).write(stats);
}

}  // namespace allegato
