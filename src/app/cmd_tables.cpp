#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_tables(const Args&, CliIo&) { throw UsageError("'tables' is not implemented yet"); }

Command tables_command() {
  return {"tables", "(not implemented yet)", "allegato tables", "", {}, run_tables};
}

}  // namespace allegato
