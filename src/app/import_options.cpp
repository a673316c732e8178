#include "app/import_options.hpp"

#include <algorithm>
#include <ostream>

#include "core/diagnostics.hpp"
#include "app/cli.hpp"
#include "app/parallel.hpp"

namespace allegato {
namespace {

Decimal decimal_option(const Args& args, const std::string& name, const Decimal& fallback) {
  auto text = args.value(name);
  if (!text) return fallback;
  std::string canonical = *text;
  for (auto& c : canonical)
    if (c == ',') c = '.';
  auto d = Decimal::parse(canonical);
  if (!d || d->is_negative()) {
    throw UsageError(fill(tr(N_("option '--{option}' takes a non-negative number such as 0.05, not '{value}'")),
                          {{"option", name}, {"value", *text}}));
  }
  return *d;
}

std::uint64_t megabytes_option(const Args& args, const std::string& name, std::uint64_t fallback_bytes) {
  auto mb = args.integer(name);
  if (!mb) return fallback_bytes;
  if (*mb <= 0)
    throw UsageError(fill(tr(N_("option '--{option}' takes a positive number of megabytes")), {{"option", name}}));
  return static_cast<std::uint64_t>(*mb) << 20;
}

std::uint64_t count_option(const Args& args, const std::string& name, std::uint64_t fallback) {
  auto n = args.integer(name);
  if (!n) return fallback;
  if (*n <= 0) throw UsageError(fill(tr(N_("option '--{option}' takes a positive whole number")), {{"option", name}}));
  return static_cast<std::uint64_t>(*n);
}

}  // namespace

std::vector<OptionSpec> import_option_specs() {
  return {
      {"password", true, N_("password of an encrypted PDF"), "PASSWORD"},
      {"sheet", true, N_("only this workbook sheet (repeatable)"), "NAME"},
      {"genre", true, N_("skip genre detection: a profile's name (plan|pira|report|dashboard|assignment|list, or one given with --profile)"), "GENRE"},
      {"profile", true, N_("a layout profile (JSON, docs/profiles.md) to recognise and read with (repeatable)"), "FILE"},
      {"debug", true, N_("write one PNG per PDF page with words, rules, cells, tables"), "DIR"},
      {"strict", false, N_("treat warnings met while reading as errors"), ""},
      {"corrections", true,
       N_("a CSV of corrected cells (document,subject,field,year,value) applied on every import of that document"), "FILE"},
      {"no-audit", false, N_("leave the findings out"), ""},
      {"weight-tolerance", true, N_("points of 100% that count as rounding (default 0.05)"), "N"},
      {"achievement-tolerance", true, N_("points a printed achievement may differ (default 0.5)"), "N"},
      {"jobs", true, N_("files read side by side, or a lone PDF's pages (default: the cores); memory grows with N"), "N"},
      {"max-file-mb", true, N_("largest input file read (default 512)"), "MB"},
      {"max-pages", true, N_("most PDF pages read (default 1500)"), "N"},
      {"max-text-boxes", true, N_("most PDF words read (default 1000000)"), "N"},
      {"max-zip-mb", true, N_("most bytes a workbook may unpack to (default 1024)"), "MB"},
      {"max-zip-entries", true, N_("most entries in a workbook's zip (default 10000)"), "N"},
      {"max-cells", true, N_("most workbook cells read (default 500000)"), "N"},
      {"max-element-mb", true, N_("largest workbook row or string read at once (default 16)"), "MB"},
  };
}

ImportOptions import_options_from(const Args& args) {
  ImportOptions o;
  o.password = args.value("password");
  o.sheets = args.values("sheet");
  for (const auto& path : args.values("profile")) o.profiles.push_back(genres::load_profile_file(path));
  if (auto g = args.value("genre")) {
    std::vector<std::string> names;
    for (const auto& p : genres::builtin_profiles()) names.push_back(p.name);
    for (const auto& p : o.profiles) names.push_back(p.name);
    o.genre = args.choice("genre", names, *g);
  }
  o.debug_dir = args.value("debug");
  o.strict = args.flag("strict");
  o.corrections = args.value("corrections");
  o.audit = !args.flag("no-audit");
  o.audit_options.weight_tolerance = decimal_option(args, "weight-tolerance", o.audit_options.weight_tolerance);
  o.audit_options.achievement_tolerance =
      decimal_option(args, "achievement-tolerance", o.audit_options.achievement_tolerance);
  o.jobs = static_cast<unsigned>(std::min<std::uint64_t>(count_option(args, "jobs", default_jobs()), 256));
  o.limits.max_file_bytes = megabytes_option(args, "max-file-mb", o.limits.max_file_bytes);
  o.limits.max_pages = static_cast<int>(count_option(args, "max-pages", static_cast<std::uint64_t>(o.limits.max_pages)));
  o.limits.max_text_boxes = count_option(args, "max-text-boxes", o.limits.max_text_boxes);
  o.limits.max_zip_uncompressed = megabytes_option(args, "max-zip-mb", o.limits.max_zip_uncompressed);
  o.limits.max_zip_entries = count_option(args, "max-zip-entries", o.limits.max_zip_entries);
  o.limits.max_cells = count_option(args, "max-cells", o.limits.max_cells);
  o.limits.max_xml_element_bytes = megabytes_option(args, "max-element-mb", o.limits.max_xml_element_bytes);
  return o;
}

int exit_code_for(const Model& model, CliIo& io) {
  std::size_t doubtful = 0;
  for (const auto& d : model.diagnostics)
    if (d.severity != Severity::info) ++doubtful;
  if (doubtful == 0) return kExitOk;
  io.err << "allegato: "
         << fill(trn("{n} warning while reading (exit code 3); 'allegato import FILE --format summary' lists it, "
                     "the JSON has it under \"diagnostics\"",
                     "{n} warnings while reading (exit code 3); 'allegato import FILE --format summary' lists them, "
                     "the JSON has them under \"diagnostics\"",
                     static_cast<long long>(doubtful)),
                 {{"n", format_integer(static_cast<long long>(doubtful))}})
         << "\n";
  return kExitWarnings;
}

}  // namespace allegato
