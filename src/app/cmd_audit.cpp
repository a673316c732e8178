#include <algorithm>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "app/commands.hpp"
#include "app/model_inputs.hpp"
#include "audit/audit.hpp"
#include "core/diagnostics.hpp"
#include "model/json_io.hpp"
#include "outputs/store.hpp"
#include "values/text.hpp"

namespace allegato {
namespace {

constexpr const char* kReset = "\x1b[0m";

const char* colour_of(Severity s) {
  switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[33m";
    case Severity::info: break;
  }
  return "\x1b[36m";
}

std::optional<Severity> fail_level(const std::string& name) {
  if (name == "error") return Severity::error;
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return std::nullopt;  // none
}

std::string position(const Source& s) {
  if (!s.sheet.empty() || !s.cell.empty()) return "sheet '" + s.sheet + "' " + s.cell;
  if (s.page <= 0) return "";
  std::string p = "p. " + std::to_string(s.page);
  if (s.bbox) {
    p += " (x " + std::to_string(static_cast<int>(s.bbox->x0)) + ", y " +
         std::to_string(static_cast<int>(s.bbox->y0)) + ")";
  }
  return p;
}

// The objective a finding belongs to: the subject node, or the node of the
// subject indicator; "" for document-wide findings.
std::string objective_of(const Model& model, const std::string& subject) {
  if (model.find_node(subject)) return subject;
  if (const Indicator* i = model.find_indicator(subject)) return i->node;
  return "";
}

std::string objective_title(const Model& model, const std::string& id) {
  const Node* n = model.find_node(id);
  if (!n) return id.empty() ? "(document)" : id;
  std::string t = n->code.empty() ? n->title : n->code + " " + n->title;
  // Cut between characters: titles keep ’ “ ” … as printed (multi-byte).
  if (t.size() > 90) t = std::string(utf8_prefix(t, 87)) + "...";
  return t;
}

// A document in which no objective and no indicator was recognised (unknown
// kind, or a forced --genre that matched nothing) was not audited: "no
// findings" would read as "clean". The pipeline says so with the diagnostic
// document.nothing_recognised; the model is also checked directly, so a
// model saved before that diagnostic existed is judged the same way.
bool not_audited(const Model& model, const Document& doc) {
  for (const auto& d : model.diagnostics)
    if (d.code == "document.nothing_recognised" && d.where.doc == doc.id) return true;
  for (const auto& n : model.nodes)
    if (n.doc == doc.id) return false;
  for (const auto& i : model.indicators)
    if (i.doc == doc.id) return false;
  return true;
}

void print_text(const Model& model, const std::vector<Finding>& findings, bool colour, std::ostream& out) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : findings) ++counts[static_cast<int>(f.severity)];
  for (const auto& doc : model.documents) {
    // Group by objective, keeping the auditor's order inside each group.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Finding*>> groups;
    for (const auto& f : findings) {
      if (f.subject.substr(0, f.subject.find('/')) != doc.id) continue;
      const std::string key = objective_of(model, f.subject);
      if (!groups.count(key)) order.push_back(key);
      groups[key].push_back(&f);
    }
    // Objectives in the document's own order; document-wide findings first.
    std::map<std::string, std::size_t> position_of;
    for (std::size_t k = 0; k < model.nodes.size(); ++k) position_of.emplace(model.nodes[k].id, k + 1);
    std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
      return position_of[a] < position_of[b];
    });
    out << doc.id << "  " << doc.path << "  (" << doc.kind << ")";
    if (order.empty() && not_audited(model, doc))
      out << "  nothing recognised: not audited (see 'allegato import " << doc.path << " --format summary')";
    else if (order.empty())
      out << "  no findings";
    out << "\n";
    for (const auto& key : order) {
      out << "  " << objective_title(model, key) << "\n";
      for (const Finding* f : groups[key]) {
        std::string sev = to_string(f->severity);
        std::string tag = sev;
        tag.resize(8, ' ');
        if (colour) tag = colour_of(f->severity) + sev + kReset + std::string(8 - sev.size(), ' ');
        out << "    " << tag << f->rule << "  " << f->subject << "\n      " << f->message << "\n";
        if (f->expected || f->actual)
          out << "      expected " << f->expected.value_or("-") << ", actual " << f->actual.value_or("-") << "\n";
        std::string at;
        for (const auto& s : f->sources) {
          std::string p = position(s);
          if (p.empty()) continue;
          if (at.find(p) != std::string::npos) continue;
          at += (at.empty() ? "" : "; ") + p;
        }
        if (!at.empty()) out << "      at " << at << "\n";
      }
    }
  }
  out << "findings: " << counts[2] << " errors, " << counts[1] << " warnings, " << counts[0] << " info\n";
}

int run_audit(const Args& args, CliIo& io) {
  const std::string format = args.choice("format", {"text", "json"}, "text");
  const std::string fail_on = args.choice("fail-on", {"error", "warning", "info", "none"}, "error");
  std::size_t failed = 0;
  Model model = load_model_inputs(args, "audit", &io, &failed);
  const auto& findings = model.findings;
  const auto output = args.value("output");
  const bool to_file = output.has_value();
  std::ofstream file;
  if (to_file) {
    file.open(*output, std::ios::binary);
    if (!file) throw UsageError("cannot write " + *output + "; check the folder exists and is writable");
  }
  std::ostream& out = to_file ? static_cast<std::ostream&>(file) : io.out;
  if (format == "json") {
    Model only;
    only.findings = findings;
    Json j;
    j["findings"] = to_json(only)["findings"];
    out << j.dump(2) << "\n";
  } else {
    print_text(model, findings, !to_file && io.out_is_tty && !args.flag("no-color"), out);
  }
  const auto level = fail_level(fail_on);
  if (level)
    for (const auto& f : findings)
      if (f.severity >= *level) return kExitFindings;
  // Nothing to fail on, but a document was not audited at all: not "ok".
  for (const auto& doc : model.documents)
    if (not_audited(model, doc)) return kExitWarnings;
  return failed > 0 ? kExitWarnings : kExitOk;
}

std::string rules_help() {
  std::string s = "Rules (see 'allegato rules' and docs/rules.md):\n";
  for (const auto& r : rule_table()) {
    std::string id = "  " + r.id;
    id.resize(std::max<std::size_t>(id.size() + 1, 24), ' ');
    s += id + std::string(to_string(r.severity)) + ": " + r.description + "\n";
  }
  return s;
}

}  // namespace

Command audit_command() {
  std::vector<OptionSpec> options = {
      {"format", true, "text (a report grouped by document and objective, default) or json", "FORMAT"},
      {"fail-on", true, "exit 1 when findings at or above: error (default), warning, info, none", "LEVEL"},
      {"no-color", false, "no colours even on a terminal", ""},
      {"output", true, "write the report to this file instead of stdout", "PATH"},
  };
  for (auto& o : model_input_options())
    if (o.name != "no-audit") options.push_back(o);
  return {"audit",
          "check weights, targets and achievements across the given documents",
          "allegato audit FILE... [--format text|json] [--fail-on error|warning|info|none] [--weight-tolerance N] "
          "[--no-color] [--db PATH]",
          "Exit codes: 0 no finding at or above --fail-on, 1 there are, 2 error, 3 no finding at or above\n"
          "--fail-on but some document was not audited: nothing was recognised in it (unknown kind, or a\n"
          "--genre that matched nothing); the text report says \"nothing recognised: not audited\" for it\n"
          "instead of \"no findings\" (see 'allegato import FILE --format summary').\n\n" + rules_help(),
          options, run_audit};
}

}  // namespace allegato
