#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_audit(const Args&, CliIo&) { throw UsageError("'audit' is not implemented yet"); }

Command audit_command() {
  return {"audit", "(not implemented yet)", "allegato audit", "", {}, run_audit};
}

}  // namespace allegato
