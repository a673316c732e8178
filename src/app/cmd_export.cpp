#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_export(const Args&, CliIo&) { throw UsageError("'export' is not implemented yet"); }

Command export_command() {
  return {"export", "(not implemented yet)", "allegato export", "", {}, run_export};
}

}  // namespace allegato
