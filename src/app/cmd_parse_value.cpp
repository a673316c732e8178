#include "app/commands.hpp"
#include "core/diagnostics.hpp"

namespace allegato {

// PLACEHOLDER: replaced by the module that owns this command.
static int run_parse_value(const Args&, CliIo&) { throw UsageError("'parse-value' is not implemented yet"); }

Command parse_value_command() {
  return {"parse-value", "(not implemented yet)", "allegato parse-value", "", {}, run_parse_value};
}

}  // namespace allegato
