// Fuzz target for the value layer. Guarantee: throw any bytes at
// parse_target, parse_number, normalize_text and fold_for_matching; the worst
// they may do is return kind "text" (or no value) with diagnostics. They never
// throw, crash, or return a value that is not canonical decimal text.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "values/decimal.hpp"
#include "values/text.hpp"
#include "values/value.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace allegato;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);

  std::string normal = normalize_text(bytes);
  require(is_valid_utf8(normal));
  require(normalize_text(normal) == normal);  // idempotent
  std::string folded = fold_for_matching(bytes);
  require(is_valid_utf8(folded));

  std::vector<Diagnostic> diagnostics;
  Target t = parse_target(bytes, 2024, &diagnostics);
  require(t.raw == bytes);
  if (t.kind == TargetKind::number || t.kind == TargetKind::percent) {
    require(t.value && Decimal::parse(*t.value));
    require(!t.value2 || Decimal::parse(*t.value2));
  }
  if (t.kind == TargetKind::text && t.status == TargetStatus::set) require(!diagnostics.empty());

  Number n = parse_number(bytes, &diagnostics);
  if (n.value) require(Decimal::parse(n.value->to_string()).has_value());
  return 0;
}
