#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_report(const Args&, CliIo&) { throw UsageError("'report' is not implemented yet"); }

Command report_command() {
  return {"report", "(not implemented yet)", "allegato report", "", {}, run_report};
}

}  // namespace allegato
