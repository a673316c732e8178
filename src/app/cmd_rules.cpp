#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_rules(const Args&, CliIo&) { throw UsageError("'rules' is not implemented yet"); }

Command rules_command() {
  return {"rules", "(not implemented yet)", "allegato rules", "", {}, run_rules};
}

}  // namespace allegato
