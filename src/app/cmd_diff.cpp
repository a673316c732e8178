#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_diff(const Args&, CliIo&) { throw UsageError("'diff' is not implemented yet"); }

Command diff_command() {
  return {"diff", "(not implemented yet)", "allegato diff", "", {}, run_diff};
}

}  // namespace allegato
