#include <map>
#include <set>
#include <sstream>

#include "outputs/html_report.hpp"
#include "i18n/i18n.hpp"
#include "outputs/html_text.hpp"

namespace allegato {
namespace {

// Node levels, for xgettext (shown with trc("level", ...)).
[[maybe_unused]] const char* const kLevels[] = {NC_("level", "perspective"), NC_("level", "area"),
                                                NC_("level", "strategic"),   NC_("level", "operational"),
                                                NC_("level", "action"),      NC_("level", "unit")};

constexpr const char* kPalette[] = {"#2e90fa", "#12b76a", "#f79009", "#7a5af8", "#ee46bc", "#06aed4", "#84cc16", "#ef6820"};

struct Bar {
  std::string label;
  std::optional<Number> weight;
};

/// A stacked bar of sibling weights (percent), with their sum beside it:
/// green at exactly 100, red otherwise; a legend names each colour. Empty
/// when no sibling has a % weight.
enum class Siblings { roots, children, indicators };

// "4 children", "1 indicator": counted with the language's plural ("1 figlio").
std::string counted(Siblings what, int n) {
  const auto count = static_cast<long long>(n);
  const std::string text = what == Siblings::roots      ? trn("{n} top-level node", "{n} top-level nodes", count)
                           : what == Siblings::children ? trn("{n} child", "{n} children", count)
                                                        : trn("{n} indicator", "{n} indicators", count);
  return fill(text, {{"n", format_integer(count)}});
}

std::string weight_bars(const std::vector<Bar>& bars, Siblings what) {
  Decimal sum;
  int weighted = 0;
  for (const auto& b : bars)
    if (b.weight && b.weight->value && b.weight->unit && *b.weight->unit == "%") {
      sum = sum + *b.weight->value;
      ++weighted;
    }
  if (weighted == 0) return {};
  // Geometry only: the sum itself stays exact.
  const double total = std::max(100.0, display_double(sum));
  std::ostringstream out;
  out << "<div class=\"bars\"><svg viewBox=\"0 0 320 16\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\""
      << html_escape(tr(what == Siblings::roots      ? N_("top-level nodes")
                        : what == Siblings::children ? N_("children")
                                                     : N_("indicators")))
      << "\">";
  double x = 0;
  int color = 0;
  for (const auto& b : bars) {
    if (!(b.weight && b.weight->value && b.weight->unit && *b.weight->unit == "%")) continue;
    const double w = display_double(*b.weight->value) / total * 320.0;
    out << "<rect x=\"" << x << "\" y=\"0\" width=\"" << std::max(0.0, w) << "\" height=\"16\" fill=\""
        << kPalette[color++ % 8] << "\" stroke=\"#fff\" stroke-width=\"0.5\"><title>" << html_escape(b.label) << " "
        << html_escape(b.weight->raw) << "</title></rect>";
    x += std::max(0.0, w);
  }
  const bool exact = sum == Decimal::from_int(100);
  out << "</svg><span class=\"sum " << (exact ? "ok" : "bad") << "\">&Sigma; "
      << html_escape(fill(tr(N_("{sum}% over {siblings}")),
                          {{"sum", format_decimal(sum.to_string())}, {"siblings", counted(what, weighted)}}))
      << (weighted < static_cast<int>(bars.size()) ? " " + html_escape(tr(N_("(some without weight)"))) : "")
      << "</span></div><div class=\"legend\">";
  color = 0;
  for (const auto& b : bars) {
    if (!(b.weight && b.weight->value && b.weight->unit && *b.weight->unit == "%")) continue;
    out << "<span><i style=\"background:" << kPalette[color++ % 8] << "\"></i>" << html_escape(b.label) << " "
        << html_escape(format_decimal(b.weight->value->to_string())) << "%</span>";
  }
  out << "</div>";
  return out.str();
}

class TreeWriter {
 public:
  explicit TreeWriter(const Model& model) : model_(model) {
    std::set<std::string> ids;
    for (const auto& n : model.nodes) ids.insert(n.id);
    for (const auto& n : model.nodes) {
      if (n.parent.empty() || !ids.count(n.parent))
        roots_[n.doc].push_back(&n);
      else
        children_[n.parent].push_back(&n);
    }
    for (const auto& i : model.indicators) indicators_[i.node].push_back(&i);
    for (std::size_t k = 0; k < model.findings.size(); ++k) {
      auto& entry = findings_[model.findings[k].subject];
      if (entry.first == 0) entry.first = static_cast<int>(k + 1);
      ++entry.second;
    }
  }

  std::string write() {
    std::ostringstream out;
    for (const auto& d : model_.documents) {
      out << "<h3 id=\"tree-" << html_escape(d.id) << "\">" << html_escape(d.id) << " &middot; "
          << html_escape(d.organisation.empty() ? d.path : d.organisation);
      if (!d.title.empty()) out << " &middot; " << html_escape(d.title);
      out << "</h3>\n";
      auto it = roots_.find(d.id);
      if (it == roots_.end()) {
        out << "<p class=\"missing\">" << html_escape(tr(N_("No objectives were recognised in this document.")))
            << "</p>\n";
        continue;
      }
      std::vector<Bar> bars;
      for (const auto* n : it->second) bars.push_back({n->code.empty() ? n->title : n->code, n->weight});
      out << weight_bars(bars, Siblings::roots);
      out << "<ul class=\"tree\">\n";
      for (const auto* n : it->second) write_node(out, *n, 0);
      out << "</ul>\n";
    }
    return out.str();
  }

 private:
  void flag(std::ostringstream& out, const std::string& subject) {
    auto it = findings_.find(subject);
    if (it == findings_.end()) return;
    out << " <a class=\"flag\" href=\"#f" << it->second.first << "\" title=\""
        << html_escape(tr(N_("findings about this"))) << "\">&#9873; "
        << it->second.second << "</a>";
  }

  // Each node with indicators or children is a <details>: the tree folds
  // (top level open, deeper levels closed; the buttons open or close all).
  void write_node(std::ostringstream& out, const Node& n, int depth) {
    auto inds = indicators_.find(n.id);
    auto kids = children_.find(n.id);
    const bool folds = inds != indicators_.end() || (kids != children_.end() && depth < 32);
    out << "<li id=\"node-" << html_escape(n.id) << "\">";
    if (folds) out << "<details" << (depth == 0 ? " open" : "") << "><summary>";
    out << "<span class=\"node\"><span class=\"code\">" << html_escape(n.code) << "</span><span class=\"level\">"
        << html_escape(trc("level", n.level)) << "</span>" << html_escape(n.title);
    if (n.weight) out << "<span class=\"weight\">" << html_escape(n.weight->raw) << "</span>";
    flag(out, n.id);
    out << "</span>" << (folds ? "</summary>" : "") << "\n";
    // Plans print an objective's own indicators before its sub-objectives.
    if (inds != indicators_.end()) write_indicators(out, inds->second);
    if (kids != children_.end() && depth < 32) {
      std::vector<Bar> bars;
      for (const auto* c : kids->second) bars.push_back({c->code.empty() ? c->title : c->code, c->weight});
      out << weight_bars(bars, Siblings::children);
      out << "<ul>\n";
      for (const auto* c : kids->second) write_node(out, *c, depth + 1);
      out << "</ul>\n";
    }
    out << (folds ? "</details>" : "") << "</li>\n";
  }

  void write_indicators(std::ostringstream& out, const std::vector<const Indicator*>& items) {
    std::vector<Bar> bars;
    std::set<int> years;
    for (const auto* i : items) {
      bars.push_back({i->code.empty() ? i->name : i->code, i->weight});
      for (const auto& t : i->targets)
        if (t.year) years.insert(*t.year);
    }
    out << weight_bars(bars, Siblings::indicators);
    out << "<table class=\"indicators\"><thead><tr><th>" << html_escape(tr(N_("indicator"))) << "</th><th>"
        << html_escape(tr(N_("name"))) << "</th><th>" << html_escape(tr(N_("unit"))) << "</th><th>"
        << html_escape(tr(N_("weight"))) << "</th>";
    for (int y : years)
      out << "<th>" << html_escape(fill(tr(N_("target {year}")), {{"year", std::to_string(y)}})) << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const auto* i : items) {
      out << "<tr id=\"ind-" << html_escape(i->id) << "\"><td><span class=\"code\">" << html_escape(i->code)
          << "</span>";
      flag(out, i->id);
      out << "</td><td" << text_correction(*i, "name") << ">" << html_escape(i->name) << "</td><td"
          << text_correction(*i, "unit") << ">" << html_escape(i->unit.value_or("")) << "</td>"
          << "<td class=\"num" << correction_attributes(i->weight ? i->weight->corrected : std::nullopt) << ">"
          << (i->weight ? html_escape(i->weight->raw) : "") << "</td>";
      for (int y : years) {
        std::string cell;
        std::optional<Correction> corrected;
        for (const auto& t : i->targets)
          if (t.year == y) {
            cell = t.status == TargetStatus::missing ? tr(N_("(blank)")) : t.raw;
            corrected = t.corrected;
          }
        out << "<td class=\"num" << correction_attributes(corrected) << ">" << html_escape(cell) << "</td>";
      }
      out << "</tr>\n";
    }
    out << "</tbody></table>\n";
  }

  // A corrected cell is marked and says, on hover, what the document printed
  // and which line corrected it. Closes the class attribute it continues.
  static std::string correction_attributes(const std::optional<Correction>& c) {
    if (!c) return "\"";
    return " corrected\" title=\"" +
           html_escape(fill(tr(N_("printed \"{printed}\", corrected by {file} line {line}")),
                            {{"printed", c->printed.empty() ? tr(N_("(none)")) : c->printed},
                             {"file", c->file},
                             {"line", std::to_string(c->line)}})) +
           "\"";
  }

  static std::string text_correction(const Indicator& i, const char* field) {
    for (const auto& t : i.corrected_fields)
      if (t.field == field || (std::string(field) == "name" && t.field == "title"))
        return " class=\"" + correction_attributes(t.correction).substr(1);
    return "";
  }

  const Model& model_;
  std::map<std::string, std::vector<const Node*>> roots_, children_;
  std::map<std::string, std::vector<const Indicator*>> indicators_;
  std::map<std::string, std::pair<int, int>> findings_;  // subject -> first finding number, count
};

}  // namespace

std::string render_html_tree(const Model& model) { return TreeWriter(model).write(); }

}  // namespace allegato
