#include "values/italian_number.hpp"

#include <memory>

#include <unicode/fmtable.h>
#include <unicode/numberformatter.h>
#include <unicode/numfmt.h>
#include <unicode/parsepos.h>
#include <unicode/unistr.h>

namespace allegato {

namespace {

constexpr std::size_t kMaxDigits = 30;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Checks the printed shape before ICU sees it: ICU's strict mode already
// rejects bad grouping, but it also accepts exponents and signs we do not
// want, and its error says nothing a user can act on. Returns the number of
// digits after the comma, or nullopt with `why` filled.
std::optional<int> check_shape(std::string_view core, LocalMessage& why) {
  std::size_t i = 0;
  if (i < core.size() && (core[i] == '-' || core[i] == '+')) ++i;
  std::string_view body = core.substr(i);
  if (body.empty()) {
    why = LocalMessage(N_("no digits"));
    return std::nullopt;
  }
  std::size_t comma = body.find(',');
  std::string_view int_part = body.substr(0, comma);
  std::string_view frac_part = comma == std::string_view::npos ? std::string_view{} : body.substr(comma + 1);
  if (comma != std::string_view::npos && body.find(',', comma + 1) != std::string_view::npos) {
    why = LocalMessage(N_("more than one decimal comma"));
    return std::nullopt;
  }
  if (int_part.empty()) {
    why = LocalMessage(N_("no digits before the decimal comma"));
    return std::nullopt;
  }
  if (comma != std::string_view::npos && frac_part.empty()) {
    why = LocalMessage(N_("a decimal comma with no digits after it"));
    return std::nullopt;
  }
  for (char c : frac_part) {
    if (!is_digit(c)) {
      why = LocalMessage(N_("a '.' after the decimal comma (English grouping?)"));
      return std::nullopt;
    }
  }
  std::size_t digits = frac_part.size();
  if (int_part.find('.') != std::string_view::npos) {
    // Grouped: 1-3 digits, then groups of exactly three.
    std::size_t start = 0;
    bool first = true;
    while (start <= int_part.size()) {
      std::size_t dot = int_part.find('.', start);
      std::string_view group = int_part.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      for (char c : group) {
        if (!is_digit(c)) {
          why = LocalMessage(N_("a character that is not a digit"));
          return std::nullopt;
        }
      }
      if (first ? (group.empty() || group.size() > 3) : group.size() != 3) {
        why = LocalMessage(N_("a dot followed by {digits}: Italian thousands grouping needs three (an English decimal "
                              "point, or a date?)"))
                  .set("digits", Phrase().plural("{n} digit", "{n} digits", static_cast<long long>(group.size())));
        return std::nullopt;
      }
      if (first && group[0] == '0') {
        why = LocalMessage(N_("a thousands group starting with 0 (an English decimal point?)"));
        return std::nullopt;
      }
      digits += group.size();
      first = false;
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
  } else {
    for (char c : int_part) {
      if (!is_digit(c)) {
        why = LocalMessage(N_("a character that is not a digit"));
        return std::nullopt;
      }
    }
    digits += int_part.size();
  }
  if (digits > kMaxDigits) {
    why = LocalMessage(N_("more than {count} digits")).set("count", std::to_string(kMaxDigits));
    return std::nullopt;
  }
  return static_cast<int>(frac_part.size());
}

// Building a NumberFormat loads locale data; each thread keeps one.
icu::NumberFormat* italian_format() {
  thread_local std::unique_ptr<icu::NumberFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> f(icu::NumberFormat::createInstance(icu::Locale("it", "IT"), status));
    if (U_FAILURE(status)) return std::unique_ptr<icu::NumberFormat>();
    f->setLenient(false);
    f->setParseIntegerOnly(false);
    return f;
  }();
  return format.get();
}

// decNumber text ("2.2944735E+5") -> plain decimal text ("229447.35").
std::optional<std::string> plain_decimal(const icu::StringPiece& dec) {
  thread_local icu::number::LocalizedNumberFormatter formatter =
      icu::number::NumberFormatter::withLocale(icu::Locale::getRoot())
          .grouping(UNUM_GROUPING_OFF)
          .precision(icu::number::Precision::unlimited());
  UErrorCode status = U_ZERO_ERROR;
  icu::number::FormattedNumber formatted = formatter.formatDecimal(dec, status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  formatted.toString(status).toUTF8String(out);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

}  // namespace

ItalianNumber parse_italian_number(std::string_view core) {
  ItalianNumber result;
  std::optional<int> printed_scale = check_shape(core, result.why_not);
  if (!printed_scale) return result;

  // ICU does not take a leading '+'; the sign carries no information.
  std::string_view unsigned_core = core[0] == '+' ? core.substr(1) : core;
  icu::NumberFormat* format = italian_format();
  if (format == nullptr) {
    result.why_not = LocalMessage(N_("ICU it_IT number format unavailable"));
    return result;
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(unsigned_core.data(), int32_t(unsigned_core.size())));
  icu::Formattable parsed;
  icu::ParsePosition position(0);
  format->parse(text, parsed, position);
  // The overload with a ParsePosition is the only one that tells us how
  // much was read; anything short of the whole core is a rejection.
  if (position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
    result.why_not =
        LocalMessage(N_("not a valid Italian number (ICU it_IT strict parsing stopped at character {position})"))
            .set("position",
                 std::to_string(position.getErrorIndex() >= 0 ? position.getErrorIndex() : position.getIndex()));
    return result;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece dec = parsed.getDecimalNumber(status);
  if (U_FAILURE(status)) {
    result.why_not = LocalMessage(N_("ICU gave no exact decimal"));
    return result;
  }
  std::optional<std::string> plain = plain_decimal(dec);
  std::optional<Decimal> value = plain ? Decimal::parse(*plain) : std::nullopt;
  if (!value || value->scale() > *printed_scale) {
    result.why_not = LocalMessage(N_("ICU gave an unexpected decimal"));
    return result;
  }
  // ICU drops trailing zeros; the printed scale is information ("98,00%").
  result.value = value->rounded(*printed_scale);
  return result;
}

}  // namespace allegato
