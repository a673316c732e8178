#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_import(const Args&, CliIo&) { throw UsageError("'import' is not implemented yet"); }

Command import_command() {
  return {"import", "(not implemented yet)", "allegato import", "", {}, run_import};
}

}  // namespace allegato
