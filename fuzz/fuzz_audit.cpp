// Fuzz target for reconcile + audit. Guarantee: any bytes that read as a
// contract JSON model (read_model_json may throw ImportError, the only
// exception allowed) go through reconcile() and audit() without throwing or
// crashing, and every finding names a rule of the rule table.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "audit/audit.hpp"
#include "core/diagnostics.hpp"
#include "model/json_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace allegato;
  Model model;
  try {
    model = read_model_json(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const ImportError&) {
    return 0;
  }
  reconcile(model);
  for (const auto& f : audit(model)) {
    bool known = false;
    for (const auto& r : rule_table()) known = known || r.id == f.rule;
    if (!known) std::abort();
  }
  return 0;
}
