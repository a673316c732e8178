#include "workbook/number_format.hpp"

#include <array>
#include <cctype>
#include <stdexcept>
#include <vector>

namespace allegato {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return char(std::tolower(static_cast<unsigned char>(c))); }

bool iequals_at(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (lower(s[i + k]) != lower(word[k])) return false;
  return true;
}

long long to_integer(const Decimal& d) {
  // Callers pass values already checked to be small whole numbers.
  return std::stoll(d.rounded(0, Rounding::down).to_string());
}

// ---- format code tokens -------------------------------------------------

enum class TokenKind { literal, placeholder, general, text_at, date };

struct Token {
  TokenKind kind = TokenKind::literal;
  std::string text;  // literal text, placeholder char, or date token ("yyyy", "mm", "AM/PM")
};

// Splits a format code into sections at ';' outside quotes, escapes and brackets.
std::vector<std::string_view> split_sections(std::string_view code) {
  std::vector<std::string_view> sections;
  std::size_t start = 0;
  bool quoted = false;
  bool bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      if (c == '"') quoted = false;
      continue;
    }
    if (bracket) {
      if (c == ']') bracket = false;
      continue;
    }
    if (c == '"') quoted = true;
    else if (c == '[') bracket = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else if (c == ';') {
      sections.push_back(code.substr(start, i - start));
      start = i + 1;
    }
  }
  sections.push_back(code.substr(start));
  return sections;
}

void push_literal(std::vector<Token>& tokens, std::string_view text) {
  if (!tokens.empty() && tokens.back().kind == TokenKind::literal) tokens.back().text += text;
  else tokens.push_back({TokenKind::literal, std::string(text)});
}

// Tokenises one section. Colours, conditions and locale tags vanish; a
// currency tag [$€-410] leaves its symbol; padding (_x) and fill (*x) vanish.
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '"') {
      std::size_t end = s.find('"', i + 1);
      if (end == std::string_view::npos) end = s.size();
      push_literal(tokens, s.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (c == '\\') {
      if (i + 1 < s.size()) {
        // Copy a whole UTF-8 sequence after the escape.
        std::size_t len = 1;
        unsigned char b = static_cast<unsigned char>(s[i + 1]);
        if (b >= 0xF0) len = 4;
        else if (b >= 0xE0) len = 3;
        else if (b >= 0xC0) len = 2;
        push_literal(tokens, s.substr(i + 1, std::min(len, s.size() - i - 1)));
        i += 1 + len;
      } else {
        ++i;
      }
    } else if (c == '_' || c == '*') {
      i += 2;
    } else if (c == '[') {
      std::size_t end = s.find(']', i);
      if (end == std::string_view::npos) end = s.size();
      std::string_view inner = s.substr(i + 1, end - i - 1);
      if (!inner.empty() && inner[0] == '$') {
        std::string_view symbol = inner.substr(1, inner.find('-') == std::string_view::npos ? inner.size() - 1
                                                                                           : inner.find('-') - 1);
        push_literal(tokens, symbol);
      } else if (!inner.empty() && (lower(inner[0]) == 'h' || lower(inner[0]) == 'm' || lower(inner[0]) == 's')) {
        // Elapsed time ([h], [mm]): rendered as a plain date token.
        tokens.push_back({TokenKind::date, std::string(1, lower(inner[0])) + std::string(inner.size() > 1 ? "e" : "E")});
      }
      i = end + 1;
    } else if (iequals_at(s, i, "General")) {
      tokens.push_back({TokenKind::general, "General"});
      i += 7;
    } else if (iequals_at(s, i, "AM/PM")) {
      tokens.push_back({TokenKind::date, "AM/PM"});
      i += 5;
    } else if (iequals_at(s, i, "A/P")) {
      tokens.push_back({TokenKind::date, "A/P"});
      i += 3;
    } else if (c == '0' || c == '#' || c == '?' || c == '.' || c == ',' || c == '%') {
      tokens.push_back({TokenKind::placeholder, std::string(1, c)});
      ++i;
    } else if ((c == 'E' || c == 'e') && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
      tokens.push_back({TokenKind::placeholder, std::string("E") + s[i + 1]});
      i += 2;
    } else if (c == '@') {
      tokens.push_back({TokenKind::text_at, "@"});
      ++i;
    } else if (std::string_view("dDmMyYhHsS").find(c) != std::string_view::npos) {
      std::size_t j = i;
      while (j < s.size() && lower(s[j]) == lower(c)) ++j;
      tokens.push_back({TokenKind::date, std::string(j - i, lower(c))});
      i = j;
    } else if (c == 'g' || c == 'G' || c == 'e' || c == 'E' || c == 'b' || c == 'B') {
      // Era/Buddhist year codes: treat as year.
      tokens.push_back({TokenKind::date, "yyyy"});
      ++i;
    } else {
      std::size_t len = 1;
      unsigned char b = static_cast<unsigned char>(c);
      if (b >= 0xF0) len = 4;
      else if (b >= 0xE0) len = 3;
      else if (b >= 0xC0) len = 2;
      push_literal(tokens, s.substr(i, std::min(len, s.size() - i)));
      i += len;
    }
  }
  return tokens;
}

bool has_date_tokens(const std::vector<Token>& tokens) {
  for (const auto& t : tokens)
    if (t.kind == TokenKind::date) return true;
  return false;
}

// ---- calendar -----------------------------------------------------------

// Days since 1970-01-01 to civil date (H. Hinnant's algorithm).
void civil_from_days(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  d = int(doy - (153 * mp + 2) / 5 + 1);
  m = int(mp < 10 ? mp + 3 : mp - 9);
  y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

long long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int weekday(const DateTime& dt) {  // 0 = Sunday
  long long days = days_from_civil(dt.year, dt.month, dt.day);
  long long w = (days + 4) % 7;  // 1970-01-01 was a Thursday
  return int(w < 0 ? w + 7 : w);
}

constexpr std::array<const char*, 12> kMonths = {"gennaio", "febbraio", "marzo",     "aprile",  "maggio",   "giugno",
                                                 "luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};
constexpr std::array<const char*, 12> kMonthsShort = {"gen", "feb", "mar", "apr", "mag", "giu",
                                                      "lug", "ago", "set", "ott", "nov", "dic"};
constexpr std::array<const char*, 7> kDays = {"domenica", "lunedì",  "martedì", "mercoledì",
                                              "giovedì",  "venerdì", "sabato"};
constexpr std::array<const char*, 7> kDaysShort = {"dom", "lun", "mar", "mer", "gio", "ven", "sab"};

std::string padded(long long v, std::size_t width) {
  std::string s = std::to_string(v);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

// ---- numbers ------------------------------------------------------------

std::string group_thousands(const std::string& digits) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[i];
    std::size_t left = n - i - 1;
    if (left > 0 && left % 3 == 0) out += '.';
  }
  return out;
}

struct NumberPattern {
  int min_int = 0;
  int min_frac = 0;
  int max_frac = 0;
  bool grouping = false;
  int thousands_scale = 0;  // trailing commas divide by 1000 each
  int percent = 0;
  bool scientific = false;
  int min_exp_digits = 0;
  bool exp_plus = false;
};

// Renders |value| (already scaled) with the pattern's digits.
std::string render_digits(const Decimal& magnitude, const NumberPattern& p) {
  Decimal r = magnitude.rounded(p.max_frac, Rounding::half_up);
  std::string s = r.to_string();
  std::string int_part = s.substr(0, s.find('.'));
  std::string frac_part = s.find('.') == std::string::npos ? "" : s.substr(s.find('.') + 1);
  std::size_t nz = int_part.find_first_not_of('0');
  int_part = nz == std::string::npos ? "" : int_part.substr(nz);
  if (int_part.size() < std::size_t(p.min_int)) int_part.insert(0, std::size_t(p.min_int) - int_part.size(), '0');
  while (frac_part.size() > std::size_t(p.min_frac) && frac_part.back() == '0') frac_part.pop_back();
  std::string out = p.grouping ? group_thousands(int_part) : int_part;
  if (!frac_part.empty()) out += "," + frac_part;
  // "#" and "?" print nothing for a zero: an accounting zero shows "- €".
  return out;
}

NumberPattern analyse(const std::vector<Token>& tokens) {
  NumberPattern p;
  bool after_point = false;
  bool in_exponent = false;
  int pending_commas = 0;  // commas after the last integer placeholder
  bool seen_digit = false;
  for (const auto& t : tokens) {
    if (t.kind != TokenKind::placeholder) continue;
    char c = t.text[0];
    if (c == '%') {
      ++p.percent;
      continue;
    }
    if (c == 'E') {
      p.scientific = true;
      p.exp_plus = t.text == "E+";
      in_exponent = true;
      continue;
    }
    if (in_exponent) {
      if (c == '0' || c == '#' || c == '?') ++p.min_exp_digits;
      continue;
    }
    if (c == '.') {
      after_point = true;
      p.thousands_scale += pending_commas;
      pending_commas = 0;
      continue;
    }
    if (c == ',') {
      if (!after_point && seen_digit) ++pending_commas;
      continue;
    }
    seen_digit = true;
    if (after_point) {
      ++p.max_frac;
      if (c == '0') p.min_frac = p.max_frac;
    } else {
      if (pending_commas > 0) p.grouping = true;
      pending_commas = 0;
      if (c == '0') ++p.min_int;
    }
  }
  p.thousands_scale += pending_commas;
  return p;
}

std::string render_scientific(const Decimal& magnitude, const NumberPattern& p) {
  if (magnitude.is_zero()) {
    NumberPattern q = p;
    return render_digits(magnitude, q) + "E" + (p.exp_plus ? "+" : "") + padded(0, std::size_t(p.min_exp_digits));
  }
  // Normalise to one integer digit (or min_int digits) by shifting.
  std::string s = magnitude.normalized().to_string();
  std::string int_part = s.substr(0, s.find('.'));
  int exponent = 0;
  if (int_part != "0") {
    exponent = int(int_part.size()) - std::max(1, p.min_int);
  } else {
    std::string frac = s.substr(s.find('.') + 1);
    exponent = -int(frac.find_first_not_of('0') + 1) - (std::max(1, p.min_int) - 1);
  }
  Decimal mantissa = magnitude.shifted(-exponent);
  NumberPattern q = p;
  q.grouping = false;
  std::string m = render_digits(mantissa, q);
  // Rounding may carry to 10,00: renormalise once.
  if (m.size() > 1 && m[0] == '1' && m[1] == '0' && int(m.find(',') == std::string::npos ? m.size() : m.find(',')) >
                                                            std::max(1, p.min_int)) {
    ++exponent;
    m = render_digits(magnitude.shifted(-exponent), q);
  }
  std::string sign = exponent < 0 ? "-" : (p.exp_plus ? "+" : "");
  return m + "E" + sign + padded(exponent < 0 ? -exponent : exponent, std::size_t(p.min_exp_digits));
}

RenderedNumber render_number_section(const Decimal& value, const std::vector<Token>& tokens, bool auto_minus,
                                     bool date1904) {
  if (has_date_tokens(tokens)) {
    if (auto dt = serial_to_datetime(value, date1904)) {
      // Re-render through render_datetime using the tokens directly.
      std::string out;
      bool twelve_hour = false;
      for (const auto& t : tokens)
        if (t.kind == TokenKind::date && (t.text == "AM/PM" || t.text == "A/P")) twelve_hour = true;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind == TokenKind::literal) {
          out += t.text;
          continue;
        }
        if (t.kind == TokenKind::placeholder) {
          // ".0" after seconds: fractional seconds are not kept; "," and "." are literal here.
          if (t.text == "." || t.text == "," || t.text == "%") out += t.text == "." ? "," : t.text;
          continue;
        }
        if (t.kind != TokenKind::date) continue;
        const std::string& d = t.text;
        char c = d[0];
        std::size_t n = d.size();
        if (d == "AM/PM") {
          out += dt->hour < 12 ? "AM" : "PM";
        } else if (d == "A/P") {
          out += dt->hour < 12 ? "A" : "P";
        } else if (d == "hE" || d == "he") {
          long long days = to_integer(value);
          out += padded(days * 24 + dt->hour, d == "he" ? 2 : 1);
        } else if (d == "mE" || d == "me") {
          long long days = to_integer(value);
          out += padded((days * 24 + dt->hour) * 60 + dt->minute, d == "me" ? 2 : 1);
        } else if (d == "sE" || d == "se") {
          long long days = to_integer(value);
          out += padded(((days * 24 + dt->hour) * 60 + dt->minute) * 60 + dt->second, d == "se" ? 2 : 1);
        } else if (c == 'y') {
          out += n <= 2 ? padded(dt->year % 100, 2) : padded(dt->year, 4);
        } else if (c == 'd') {
          if (n <= 2) out += padded(dt->day, n);
          else out += n == 3 ? kDaysShort[std::size_t(weekday(*dt))] : kDays[std::size_t(weekday(*dt))];
        } else if (c == 'h') {
          int h = dt->hour;
          if (twelve_hour) h = h % 12 == 0 ? 12 : h % 12;
          out += padded(h, std::min<std::size_t>(n, 2));
        } else if (c == 's') {
          out += padded(dt->second, std::min<std::size_t>(n, 2));
        } else if (c == 'm') {
          // Minutes when after an hour or before a second token, else month.
          bool minute = false;
          for (std::size_t k = i; k-- > 0;) {
            if (tokens[k].kind != TokenKind::date) continue;
            minute = tokens[k].text[0] == 'h';
            break;
          }
          for (std::size_t k = i + 1; !minute && k < tokens.size(); ++k) {
            if (tokens[k].kind != TokenKind::date) continue;
            minute = tokens[k].text[0] == 's';
            break;
          }
          if (minute) out += padded(dt->minute, std::min<std::size_t>(n, 2));
          else if (n <= 2) out += padded(dt->month, n);
          else if (n == 3) out += kMonthsShort[std::size_t(dt->month - 1)];
          else if (n == 4) out += kMonths[std::size_t(dt->month - 1)];
          else out += std::string(1, kMonths[std::size_t(dt->month - 1)][0]);
        }
      }
      return {out, CellKind::date};
    }
    return {general_text(value), CellKind::number};
  }

  NumberPattern p = analyse(tokens);
  bool has_digits = false;
  bool has_general = false;
  for (const auto& t : tokens) {
    if (t.kind == TokenKind::general) has_general = true;
    if (t.kind == TokenKind::placeholder && (t.text == "0" || t.text == "#" || t.text == "?")) has_digits = true;
  }
  Decimal magnitude = value.abs();
  if (p.percent > 0) magnitude = magnitude.shifted(2 * p.percent);
  if (p.thousands_scale > 0) magnitude = magnitude.shifted(-3 * p.thousands_scale);
  std::string number;
  bool has_text_at = false;
  for (const auto& t : tokens)
    if (t.kind == TokenKind::text_at) has_text_at = true;
  if (has_general) number = general_text(magnitude);
  else if (!has_digits && has_text_at) return {general_text(value), CellKind::number};  // "@": shown as stored
  else if (!has_digits) number = "";
  else if (p.scientific) number = render_scientific(magnitude, p);
  else number = render_digits(magnitude, p);

  bool negative = value.is_negative() && auto_minus;
  // A value that rounds to zero loses its sign, as spreadsheets display it.
  if (negative && number.find_first_not_of("0,.") == std::string::npos) negative = false;

  std::string out;
  bool number_placed = false;
  for (const auto& t : tokens) {
    if (t.kind == TokenKind::literal || t.kind == TokenKind::text_at) {
      out += t.text == "@" && t.kind == TokenKind::text_at ? "" : t.text;
    } else if (t.kind == TokenKind::placeholder && t.text == "%") {
      if (!number_placed) {
        out += number;
        number_placed = true;
      }
      out += "%";
    } else if (!number_placed) {
      out += number;
      number_placed = true;
    }
  }
  if (!number_placed) out += number;
  if (negative) out.insert(0, "-");
  return {out, CellKind::number};
}

}  // namespace

RenderedNumber render_number_unchecked(const Decimal& value, std::string_view format_code, bool date1904);

std::optional<Decimal> parse_stored_number(std::string_view text) {
  while (!text.empty() && (text.front() == ' ')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  bool negative = false;
  if (text[0] == '+' || text[0] == '-') {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  std::size_t e = text.find_first_of("eE");
  std::string_view mantissa = text.substr(0, e);
  int exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view exp = text.substr(e + 1);
    bool exp_negative = false;
    if (!exp.empty() && (exp[0] == '+' || exp[0] == '-')) {
      exp_negative = exp[0] == '-';
      exp.remove_prefix(1);
    }
    if (exp.empty() || exp.size() > 3) return std::nullopt;
    for (char c : exp) {
      if (!is_digit(c)) return std::nullopt;
      exponent = exponent * 10 + (c - '0');
    }
    if (exp_negative) exponent = -exponent;
  }
  // Accept ".5" and "5." which some writers produce.
  std::string m(mantissa);
  if (!m.empty() && m[0] == '.') m.insert(0, "0");
  if (!m.empty() && m.back() == '.') m.pop_back();
  auto d = Decimal::parse(m);
  if (!d) return std::nullopt;
  try {
    Decimal v = exponent == 0 ? *d : d->normalized().shifted(exponent);
    if (v.scale() > 30) v = v.rounded(30, Rounding::half_even).normalized();
    return negative ? -v : v;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string general_text(const Decimal& value) {
  Decimal v = value.normalized();
  if (v.is_zero()) return "0";
  std::string s = v.abs().to_string();
  std::size_t point = s.find('.');
  std::string int_part = s.substr(0, point);
  int keep = 0;
  if (int_part != "0") {
    keep = 15 - int(int_part.size());
  } else {
    std::string frac = s.substr(point + 1);
    keep = 15 + int(frac.find_first_not_of('0'));
  }
  if (v.scale() > keep) v = v.rounded(std::max(keep, 0), Rounding::half_up).normalized();
  std::string out = v.to_string();
  for (auto& c : out)
    if (c == '.') c = ',';
  if (out == "-0") out = "0";
  return out;
}

std::optional<DateTime> serial_to_datetime(const Decimal& serial, bool date1904) {
  if (serial.is_negative()) return std::nullopt;
  if (serial > Decimal::from_int(2958465)) return std::nullopt;  // after 9999-12-31
  long long days = to_integer(serial);
  Decimal fraction = serial - Decimal::from_int(days);
  long long seconds = to_integer(
      (fraction * Decimal::from_int(86400)).rounded(0, Rounding::half_up));
  if (seconds >= 86400) {
    seconds -= 86400;
    ++days;
  }
  DateTime dt;
  if (!date1904 && days == 60) {
    dt.year = 1900;
    dt.month = 2;
    dt.day = 29;
  } else {
    long long epoch = date1904 ? days_from_civil(1904, 1, 1) : days_from_civil(1899, 12, days < 60 ? 31 : 30);
    civil_from_days(epoch + days, dt.year, dt.month, dt.day);
  }
  dt.hour = int(seconds / 3600);
  dt.minute = int(seconds / 60 % 60);
  dt.second = int(seconds % 60);
  return dt;
}

std::optional<DateTime> parse_iso_datetime(std::string_view text) {
  auto number = [&](std::size_t pos, std::size_t len) -> int {
    if (pos + len > text.size()) return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (!is_digit(text[i])) return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  DateTime dt;
  std::size_t time_at = std::string_view::npos;
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    dt.year = number(0, 4);
    dt.month = number(5, 2);
    dt.day = number(8, 2);
    if (dt.year < 0 || dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > 31) return std::nullopt;
    if (text.size() > 10) {
      if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
      time_at = 11;
    }
  } else {
    time_at = 0;
  }
  if (time_at != std::string_view::npos) {
    if (text.size() < time_at + 5 || text[time_at + 2] != ':') return std::nullopt;
    dt.hour = number(time_at, 2);
    dt.minute = number(time_at + 3, 2);
    if (text.size() >= time_at + 8 && text[time_at + 5] == ':') dt.second = number(time_at + 6, 2);
    if (dt.hour < 0 || dt.hour > 23 || dt.minute < 0 || dt.minute > 59 || dt.second < 0 || dt.second > 59)
      return std::nullopt;
    if (time_at == 0) {
      dt.year = 1899;
      dt.month = 12;
      dt.day = 30;
    }
  }
  return dt;
}

std::string render_datetime(const DateTime& dt, std::string_view section) {
  // Convert back to a 1900 serial so one renderer serves both paths.
  long long days = days_from_civil(dt.year, dt.month, dt.day) - days_from_civil(1899, 12, 30);
  if (days < 61 && days > 0) --days;  // Before Lotus's fictitious leap day
  long long seconds = dt.hour * 3600LL + dt.minute * 60LL + dt.second;
  Decimal serial = Decimal::from_int(days) + Decimal::divide(Decimal::from_int(seconds), Decimal::from_int(86400), 12);
  auto tokens = tokenize(section);
  if (!has_date_tokens(tokens)) tokens = tokenize("dd/mm/yyyy");
  return render_number_section(serial, tokens, true, false).text;
}

std::string builtin_format_code(int id) {
  switch (id) {
    case 0: return "General";
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 5: return "#,##0 \"€\";-#,##0 \"€\"";
    case 6: return "#,##0 \"€\";[Red]-#,##0 \"€\"";
    case 7: return "#,##0.00 \"€\";-#,##0.00 \"€\"";
    case 8: return "#,##0.00 \"€\";[Red]-#,##0.00 \"€\"";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# ?" "?/?" "?";  // split: "??/" is a trigraph
    case 14: return "dd/mm/yyyy";
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "hh:mm";
    case 21: return "hh:mm:ss";
    case 22: return "dd/mm/yyyy hh:mm";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mm:ss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return "";
  }
}

bool is_date_format(std::string_view code) {
  auto sections = split_sections(code);
  return has_date_tokens(tokenize(sections[0]));
}

RenderedNumber render_number(const Decimal& value, std::string_view format_code, bool date1904) {
  try {
    return render_number_unchecked(value, format_code, date1904);
  } catch (const std::exception&) {
    // Digits beyond 128 bits (1E+30 with ten decimals): the general form
    // still shows the exact value.
    return {general_text(value), CellKind::number};
  }
}

RenderedNumber render_number_unchecked(const Decimal& value, std::string_view format_code, bool date1904) {
  if (format_code.empty()) return {general_text(value), CellKind::number};
  // The system long date and time ([$-F800], [$-F400]) follow the reader's
  // locale, here Italian.
  if (format_code.find("[$-F800]") != std::string_view::npos)
    return render_number_section(value, tokenize("dddd d mmmm yyyy"), true, date1904);
  if (format_code.find("[$-F400]") != std::string_view::npos)
    return render_number_section(value, tokenize("hh:mm:ss"), true, date1904);
  auto sections = split_sections(format_code);
  std::string_view section = sections[0];
  bool auto_minus = true;
  if (value.is_negative() && sections.size() >= 2 && !sections[1].empty()) {
    section = sections[1];
    auto_minus = false;
  } else if (value.is_zero() && sections.size() >= 3) {
    section = sections[2];
  }
  auto tokens = tokenize(section);
  for (const auto& t : tokens) {
    // Fractions ("# ?/?") are not rendered: show the general form rather than a wrong one.
    if (t.kind == TokenKind::literal && t.text.find('/') != std::string::npos && !has_date_tokens(tokens)) {
      bool digits_before = false;
      for (const auto& u : tokens) {
        if (&u == &t) break;
        if (u.kind == TokenKind::placeholder && u.text == "?") digits_before = true;
      }
      if (digits_before) return {general_text(value), CellKind::number};
    }
  }
  return render_number_section(value, tokens, auto_minus, date1904);
}

}  // namespace allegato
