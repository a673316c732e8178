#include <filesystem>
#include <ostream>

#include "app/commands.hpp"
#include "i18n/i18n.hpp"
#include "app/import_options.hpp"
#include "app/model_inputs.hpp"
#include "core/diagnostics.hpp"
#include "outputs/csv_export.hpp"
#include "outputs/xlsx_export.hpp"

namespace allegato {

static int run_export(const Args& args, CliIo& io) {
  const auto output = args.value("output");
  if (!output)
    throw UsageError(tr(N_("export needs --output PATH: a folder for CSV files, a .xlsx file for XLSX")));
  // Without --format, a .xlsx output means XLSX; anything else a CSV folder.
  const bool xlsx_name = std::filesystem::path(*output).extension() == ".xlsx";
  const std::string format = args.choice("format", {"csv", "xlsx"}, xlsx_name ? "xlsx" : "csv");
  if (format == "csv" && xlsx_name) {
    throw UsageError(fill(tr(N_("--format csv writes a folder of CSV files, but {output} is named like an XLSX file; "
                                "give a folder name, or --format xlsx")),
                          {{"output", *output}}));
  }
  args.choice("csv-dialect", {"rfc4180", "excel-it"}, "rfc4180");  // a bad value fails before the import
  std::size_t failed = 0;
  const Model model = load_model_inputs(args, "export", &io, &failed);
  if (format == "xlsx") {
    write_xlsx(model, *output);
  } else {
    std::error_code ec;
    if (std::filesystem::exists(*output, ec) && !std::filesystem::is_directory(*output, ec))
      throw UsageError(fill(tr(N_("--output {output} is a file; CSV export writes one file per table into a folder")),
                            {{"output", *output}}));
    const std::string dialect = args.choice("csv-dialect", {"rfc4180", "excel-it"}, "rfc4180");
    write_csv_tables(model, *output, dialect == "excel-it" ? CsvDialect::excel_it() : CsvDialect::rfc4180());
  }
  auto counted = [](std::size_t n, const char* singular, const char* plural) {
    const auto count = static_cast<long long>(n);
    return fill(trn(singular, plural, count), {{"n", format_integer(count)}});
  };
  const char* wrote = format == "xlsx" ? N_("wrote {path}: {documents}, {indicators}, {findings}")
                                       : N_("wrote CSV tables in {path}: {documents}, {indicators}, {findings}");
  io.err << "allegato: "
         << fill(tr(wrote), {{"path", *output},
                             {"documents", counted(model.documents.size(), "{n} document", "{n} documents")},
                             {"indicators", counted(model.indicators.size(), "{n} indicator", "{n} indicators")},
                             {"findings", counted(model.findings.size(), "{n} finding", "{n} findings")}})
         << "\n";
  // Documents taken from a store were read (and their warnings shown, with
  // exit code 3) when they were imported: exporting them is not reading again.
  if (failed > 0) return kExitWarnings;
  if (args.positionals().empty()) return kExitOk;
  return exit_code_for(model, io);
}

Command export_command() {
  auto options = model_input_options();
  options.insert(options.begin(), {{"format", true, N_("csv|xlsx (default: xlsx if --output ends in .xlsx, else csv)"), "FORMAT"},
                                   {"output", true, N_("where to write: a folder (csv) or a .xlsx file"), "PATH"},
                                   {"csv-dialect", true,
                                    N_("rfc4180 (default: ',' and 100.00) or excel-it (';', 100,00 and a BOM: opens in an "
                                       "Italian Excel)"),
                                    "DIALECT"}});
  return {"export",
          N_("write the model as tidy tables: CSV files in a folder, or one XLSX workbook"),
          "allegato export (FILE... | --db PATH) --output PATH [--format csv|xlsx]",
          N_("Tables: documents, nodes, indicators, targets (one row per baseline/target/result/achievement\n"
          "per year), findings, finding_sources, unassigned, diagnostics. Columns: docs/exports.md.\n"
          "CSV: UTF-8, RFC 4180, CRLF (--csv-dialect excel-it: ';', decimal comma and a BOM for an\n"
          "Italian Excel). XLSX: one sheet per table, numbers as number cells (percent values with the\n"
          "0.00% format), dates as dates, exact text in the raw/value columns, links from findings\n"
          "to their objective or indicator.\n"),
          options,
          run_export};
}

}  // namespace allegato
