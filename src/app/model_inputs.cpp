#include "app/model_inputs.hpp"

#include <ostream>

#include "app/batch_inputs.hpp"
#include "app/batch_report.hpp"
#include "app/import_options.hpp"
#include "app/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "outputs/store.hpp"

namespace allegato {

std::vector<OptionSpec> model_input_options() {
  std::vector<OptionSpec> options = {
      {"db", true, N_("the documents stored in this SQLite store (with or instead of FILEs)"), "PATH"},
  };
  for (auto& o : import_option_specs()) options.push_back(o);
  return options;
}

Model load_model_inputs(const Args& args, const std::string& command, CliIo* io, std::size_t* failed) {
  const auto db = args.value("db");
  const auto& words = args.positionals();
  if (!db && words.empty())
    throw UsageError(fill(tr(N_("no input: give FILE... or --db PATH (see 'allegato {command} --help')")),
                          {{"command", command}}));
  ImportOptions options = import_options_from(args);
  // The store keeps each document's findings for SQL; a fresh audit also
  // sees across documents imported at different times.
  Model stored = db ? load_store(*db) : Model{};
  stored.findings.clear();
  if (!io) return import_files(words, options, std::move(stored));
  BatchInputs inputs(words, io->in, options.limits.max_file_bytes);
  for (const auto& item : inputs.items())
    if (item.path != item.label) options.labels[item.path] = item.label;
  // One file that cannot be read is the error itself; among many, it is one line.
  if (inputs.items().size() == 1) return import_files(inputs.paths(), options, std::move(stored));
  BatchReport report(*io, inputs.items().size());
  report.attach(options);
  Model model = import_files(inputs.paths(), options, std::move(stored));
  report.finish();
  if (failed) *failed = report.failed();
  if (report.failed() > 0 && model.documents.empty())
    throw ImportError("input.none_read", "", N_("no document could be read (each is named above)"),
                      N_("fix or leave out the files named above"));
  if (report.failed() > 0 && inputs.items().size() > 1)
    io->err << batch_summary(inputs.items().size(), inputs.items().size() - report.failed(), 0, report.failed(), 0)
            << "\n";
  return model;
}

}  // namespace allegato
