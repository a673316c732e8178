#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "app/commands.hpp"
#include "app/model_inputs.hpp"
#include "audit/audit.hpp"
#include "audit/finding_text.hpp"
#include "i18n/i18n.hpp"
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

// The objective a finding belongs to: the subject node, or the node of the
// subject indicator; "" for document-wide findings.
std::string objective_of(const Model& model, const std::string& subject) {
  if (model.find_node(subject)) return subject;
  if (const Indicator* i = model.find_indicator(subject)) return i->node;
  return "";
}

std::string objective_title(const Model& model, const std::string& id) {
  const Node* n = model.find_node(id);
  if (!n) return id.empty() ? tr(N_("(document)")) : id;
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

bool no_color_env() {
  const char* v = std::getenv("NO_COLOR");
  return v && *v;  // https://no-color.org: set and not empty
}

std::string padded(std::string text, std::size_t width) {
  // Pads by code points, so accented words line up.
  std::size_t points = 0;
  for (unsigned char c : text) points += (c & 0xC0) != 0x80;
  if (points < width) text.append(width - points, ' ');
  return text + " ";
}

std::string doc_id_of(const std::string& subject) { return subject.substr(0, subject.find('/')); }

struct TextOptions {
  bool colour = false;
  bool verbose = false;
  Severity min_severity = Severity::info;
};

// The audit for a person: a summary first (counts by severity and rule per
// document), then errors, warnings and info in that order, each grouped by
// document and objective; info folds to one line per rule unless --verbose.
void print_text(const Model& model, const std::vector<Finding>& findings, const TextOptions& options,
                std::ostream& out) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : findings) ++counts[static_cast<int>(f.severity)];
  auto totals = [&](const std::size_t (&c)[3]) {
    return severity_count(Severity::error, c[2]) + ", " + severity_count(Severity::warning, c[1]) + ", " +
           severity_count(Severity::info, c[0]);
  };
  auto tag = [&](Severity s, const std::string& text) {
    return options.colour ? colour_of(s) + text + kReset : text;
  };
  out << fill(trn("allegato audit: {n} document", "allegato audit: {n} documents",
                  static_cast<long long>(model.documents.size())),
              {{"n", format_integer(static_cast<long long>(model.documents.size()))}})
      << " - " << totals(counts) << "\n\n" << tr(N_("Summary")) << "\n";
  for (const auto& doc : model.documents) {
    std::size_t doc_counts[3] = {0, 0, 0};
    std::map<std::string, std::array<std::size_t, 3>> by_rule;
    for (const auto& f : findings) {
      if (doc_id_of(f.subject) != doc.id) continue;
      ++doc_counts[static_cast<int>(f.severity)];
      ++by_rule[f.rule][static_cast<std::size_t>(f.severity)];
    }
    out << "  " << doc.id << "  " << doc.path << "  (" << kind_name(doc.kind) << ")  ";
    if (by_rule.empty() && not_audited(model, doc))
      out << fill(tr(N_("nothing recognised: not audited (see 'allegato import {path} --format summary')")),
                  {{"path", doc.path}});
    else if (by_rule.empty())
      out << tr(N_("no findings"));
    else
      out << totals(doc_counts);
    out << "\n";
    for (const auto& [rule, c] : by_rule) {
      std::string line;
      for (int s = 2; s >= 0; --s)
        if (c[static_cast<std::size_t>(s)] > 0)
          line += (line.empty() ? "" : ", ") + severity_count(static_cast<Severity>(s), c[static_cast<std::size_t>(s)]);
      out << "      " << padded(rule, 22) << line << "\n";
    }
  }

  std::map<std::string, std::size_t> position_of;
  for (std::size_t k = 0; k < model.nodes.size(); ++k) position_of.emplace(model.nodes[k].id, k + 1);
  for (int s = 2; s >= static_cast<int>(options.min_severity); --s) {
    const auto severity = static_cast<Severity>(s);
    if (counts[s] == 0) continue;
    const bool folded = severity == Severity::info && !options.verbose;
    out << "\n" << tag(severity, severity_plural(severity)) << " (" << format_integer(static_cast<long long>(counts[s]))
        << ")";
    if (folded) out << " - " << tr(N_("one line per rule; --verbose lists each"));
    out << "\n";
    for (const auto& doc : model.documents) {
      if (folded) {
        std::map<std::string, std::size_t> per_rule;
        for (const auto& f : findings)
          if (f.severity == severity && doc_id_of(f.subject) == doc.id) ++per_rule[f.rule];
        for (const auto& [rule, n] : per_rule)
          out << "  " << doc.id << "  " << padded(rule, 22) << padded(format_integer(static_cast<long long>(n)), 5)
              << rule_description_text(rule) << "\n";
        continue;
      }
      // Group by objective, keeping the auditor's order inside each group.
      std::vector<std::string> order;
      std::map<std::string, std::vector<const Finding*>> groups;
      for (const auto& f : findings) {
        if (f.severity != severity || doc_id_of(f.subject) != doc.id) continue;
        const std::string key = objective_of(model, f.subject);
        if (!groups.count(key)) order.push_back(key);
        groups[key].push_back(&f);
      }
      if (order.empty()) continue;
      // Objectives in the document's own order; document-wide findings first.
      std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
        return position_of[a] < position_of[b];
      });
      out << "  " << doc.id << "  " << doc.path << "\n";
      for (const auto& key : order) {
        out << "    " << objective_title(model, key) << "\n";
        for (const Finding* f : groups[key]) {
          out << "      " << tag(f->severity, f->rule) << "  " << f->subject << "\n        " << finding_message(*f)
              << "\n";
          if (const std::string values = expected_found(*f); !values.empty()) out << "        " << values << "\n";
          std::string at;
          for (const auto& src : f->sources) {
            std::string p = position_text(src);
            if (p.empty() || at.find(p) != std::string::npos) continue;
            at += (at.empty() ? "" : "; ") + p;
          }
          if (!at.empty()) out << "        " << fill(tr(N_("at {where}")), {{"where", at}}) << "\n";
        }
      }
    }
  }
  if (options.min_severity != Severity::info)
    out << "\n" << fill(tr(N_("(findings below {level} not listed: --min-severity)")),
                        {{"level", severity_name(options.min_severity)}})
        << "\n";
}

int run_audit(const Args& args, CliIo& io) {
  const std::string format = args.choice("format", {"text", "json"}, "text");
  const std::string fail_on = args.choice("fail-on", {"error", "warning", "info", "none"}, "error");
  args.choice("min-severity", {"error", "warning", "info"}, "info");  // a bad value fails before the import
  std::size_t failed = 0;
  Model model = load_model_inputs(args, "audit", &io, &failed);
  const auto& findings = model.findings;
  const auto output = args.value("output");
  const bool to_file = output.has_value();
  std::ofstream file;
  if (to_file) {
    file.open(*output, std::ios::binary);
    if (!file)
      throw UsageError(fill(tr(N_("cannot write {path}; check the folder exists and is writable")), {{"path", *output}}));
  }
  std::ostream& out = to_file ? static_cast<std::ostream&>(file) : io.out;
  if (format == "json") {
    Model only;
    only.findings = findings;
    Json j;
    j["findings"] = to_json(only)["findings"];
    out << j.dump(2) << "\n";
  } else {
    TextOptions text;
    text.colour = !to_file && io.out_is_tty && !args.flag("no-color") && !no_color_env();
    text.verbose = args.flag("verbose");
    text.min_severity = *fail_level(args.choice("min-severity", {"error", "warning", "info"}, "info"));
    print_text(model, findings, text, out);
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
  std::string s = "\n" + tr(N_("Rules (see 'allegato rules' and docs/rules.md):")) + "\n";
  for (const auto& r : rule_table()) {
    std::string id = "  " + r.id;
    id.resize(std::max<std::size_t>(id.size() + 1, 24), ' ');
    s += id + severity_name(r.severity) + ": " + tr(r.description) + "\n";
  }
  return s;
}

}  // namespace

Command audit_command() {
  std::vector<OptionSpec> options = {
      {"format", true, N_("text (a summary, then errors, warnings, info by document and objective; default) or json"), "FORMAT"},
      {"fail-on", true, N_("exit 1 when findings at or above: error (default), warning, info, none"), "LEVEL"},
      {"min-severity", true, N_("list findings at or above: error, warning, info (default); the summary counts all"), "LEVEL"},
      {"verbose", false, N_("list every info finding (folded to one line per rule by default)"), ""},
      {"no-color", false, N_("no colours even on a terminal (also when NO_COLOR is set)"), ""},
      {"output", true, N_("write the report to this file instead of stdout"), "PATH"},
  };
  for (auto& o : model_input_options())
    if (o.name != "no-audit") options.push_back(o);
  return {"audit",
          N_("check weights, targets and achievements across the given documents"),
          "allegato audit FILE... [--format text|json] [--fail-on error|warning|info|none] [--weight-tolerance N] "
          "[--no-color] [--db PATH]",
          N_("Exit codes: 0 no finding at or above --fail-on, 1 there are, 2 error, 3 no finding at or above\n"
          "--fail-on but some document was not audited: nothing was recognised in it (unknown kind, or a\n"
          "--genre that matched nothing); the text report says \"nothing recognised: not audited\" for it\n"
             "instead of \"no findings\" (see 'allegato import FILE --format summary').\n"),
          options, run_audit, rules_help};
}

}  // namespace allegato
