#include "core/limits.hpp"

#include "core/diagnostics.hpp"

namespace allegato {

void enforce_limit(const std::string& file, const char* name, const char* option,
                   std::uint64_t value, std::uint64_t limit) {
  if (value <= limit) return;
  throw ImportError(std::string("limit.") + name, file,
                    std::string("limit ") + name + " exceeded: " + std::to_string(value) + " > " +
                        std::to_string(limit),
                    std::string("if the file is trusted, raise it with --") + option);
}

}  // namespace allegato
