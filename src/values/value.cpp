#include "values/value.hpp"

#include <array>
#include <utility>

namespace allegato {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char*>, N>& table, std::string_view s) {
  for (const auto& [e, name] : table)
    if (s == name) return e;
  return std::nullopt;
}

template <typename E, std::size_t N>
const char* name_of(const std::array<std::pair<E, const char*>, N>& table, E e) {
  for (const auto& [candidate, name] : table)
    if (candidate == e) return name;
  return "";
}

constexpr std::array<std::pair<Op, const char*>, 7> kOps{{
    {Op::ge, ">="}, {Op::gt, ">"}, {Op::le, "<="}, {Op::lt, "<"}, {Op::eq, "="}, {Op::range, "range"}, {Op::text, "text"}}};
constexpr std::array<std::pair<TargetKind, const char*>, 5> kKinds{{{TargetKind::number, "number"},
                                                                    {TargetKind::percent, "percent"},
                                                                    {TargetKind::date, "date"},
                                                                    {TargetKind::ordinal, "ordinal"},
                                                                    {TargetKind::text, "text"}}};
constexpr std::array<std::pair<TargetStatus, const char*>, 5> kStatuses{{{TargetStatus::set, "set"},
                                                                         {TargetStatus::not_available, "not_available"},
                                                                         {TargetStatus::measurement_year, "measurement_year"},
                                                                         {TargetStatus::periodic, "periodic"},
                                                                         {TargetStatus::missing, "missing"}}};

std::optional<Decimal> as_decimal(const std::optional<std::string>& text, TargetKind kind) {
  if (!text || (kind != TargetKind::number && kind != TargetKind::percent)) return std::nullopt;
  return Decimal::parse(*text);
}

}  // namespace

const char* to_string(Op op) { return op == Op::none ? "" : name_of(kOps, op); }
const char* to_string(TargetKind k) { return name_of(kKinds, k); }
const char* to_string(TargetStatus s) { return name_of(kStatuses, s); }

std::optional<Op> op_from_string(std::string_view s) {
  if (s.empty()) return Op::none;
  return lookup(kOps, s);
}
std::optional<TargetKind> kind_from_string(std::string_view s) { return lookup(kKinds, s); }
std::optional<TargetStatus> status_from_string(std::string_view s) { return lookup(kStatuses, s); }

std::optional<Decimal> Target::number() const { return as_decimal(value, kind); }
std::optional<Decimal> Target::number2() const { return as_decimal(value2, kind); }

}  // namespace allegato
