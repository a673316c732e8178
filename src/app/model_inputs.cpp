#include "app/model_inputs.hpp"

#include "app/import_options.hpp"
#include "app/pipeline.hpp"
#include "core/diagnostics.hpp"
#include "outputs/store.hpp"

namespace allegato {

std::vector<OptionSpec> model_input_options() {
  std::vector<OptionSpec> options = {
      {"db", true, "the documents stored in this SQLite store (with or instead of FILEs)", "PATH"},
  };
  for (auto& o : import_option_specs()) options.push_back(o);
  return options;
}

Model load_model_inputs(const Args& args, const std::string& command) {
  const auto db = args.value("db");
  const auto& files = args.positionals();
  if (!db && files.empty())
    throw UsageError("no input: give FILE... or --db PATH (see 'allegato " + command + " --help')");
  ImportOptions options = import_options_from(args);
  // The store keeps each document's findings for SQL; a fresh audit also
  // sees across documents imported at different times.
  Model stored = db ? load_store(*db) : Model{};
  stored.findings.clear();
  return import_files(files, options, std::move(stored));
}

}  // namespace allegato
