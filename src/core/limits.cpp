#include "core/limits.hpp"

#include "core/diagnostics.hpp"

namespace allegato {

void enforce_limit(const std::string& file, const char* name, const char* option,
                   std::uint64_t value, std::uint64_t limit) {
  if (value <= limit) return;
  // The counts stay as digits: they are bytes and cells, compared with the
  // option's own figure, not amounts a reader sums.
  throw ImportError(std::string("limit.") + name, file,
                    LocalMessage(N_("limit {name} exceeded: {value} > {limit}"))
                        .set("name", name)
                        .set("value", std::to_string(value))
                        .set("limit", std::to_string(limit)),
                    LocalMessage(N_("if the file is trusted, raise it with --{option}")).set("option", option));
}

}  // namespace allegato
