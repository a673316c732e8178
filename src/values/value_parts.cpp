#include "values/value_parts.hpp"

#include <array>
#include <utility>

#include "values/italian_number.hpp"

namespace allegato::value_parts {

Diagnostic note(Severity severity, std::string code, LocalMessage message) {
  return make_diagnostic(severity, std::move(code), std::move(message));
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && ascii_lower(s.substr(0, prefix.size())) == ascii_lower(prefix);
}

// A unit word: letters (any script), inner apostrophes, dots and slashes
// ("ore/uomo"); it must start with a letter.
bool is_unit_word(std::string_view w) {
  if (w.empty()) return false;
  auto first = static_cast<unsigned char>(w[0]);
  if (!(is_ascii_letter(w[0]) || first >= 0x80)) return false;
  for (char c : w) {
    auto u = static_cast<unsigned char>(c);
    if (!(is_ascii_letter(c) || u >= 0x80 || c == '\'' || c == '.' || c == '/')) return false;
  }
  return true;
}

// Compared after ascii_lower; NFKC has already turned "nº" into "no".
constexpr std::array<const char*, 8> kCountUnits{"n", "n.", "nr", "nr.", "num", "num.", "numero", "n\xC2\xB0"};
constexpr std::array<const char*, 4> kDayUnits{"gg", "gg.", "giorni", "giorno"};
constexpr std::array<const char*, 5> kEuroUnits{"euro", "eur", "eur.", "\xE2\x82\xAC", "euri"};

template <std::size_t N>
bool one_of(const std::array<const char*, N>& list, std::string_view s) {
  for (const char* item : list)
    if (s == item) return true;
  return false;
}

// Strips a currency sign or word printed before the number ("€ 70.000,00").
bool strip_currency_prefix(std::string_view& s) {
  for (std::string_view prefix : {std::string_view("\xE2\x82\xAC"), std::string_view("EUR"), std::string_view("Euro")}) {
    if (!starts_with_ci(s, prefix)) continue;
    std::string_view after = s.substr(prefix.size());
    // "Europa" is not a currency: the word must end here.
    if (!after.empty() && is_ascii_letter(after[0])) continue;
    s = trim(after);
    return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> canonical_unit(std::string_view printed) {
  printed = trim(printed);
  if (printed.empty()) return std::nullopt;
  std::string lower = ascii_lower(printed);
  if (lower == "%") return std::string("%");
  if (one_of(kCountUnits, lower)) return std::string("N.");
  if (one_of(kDayUnits, lower)) return std::string("gg");
  if (one_of(kEuroUnits, lower)) return std::string("EUR");
  // Other units as printed ("testate", "ore/uomo"), but only short runs of
  // words: a longer tail is a sentence, not a unit.
  if (printed.size() > 30) return std::nullopt;
  int words = 0;
  std::size_t start = 0;
  while (start < printed.size()) {
    std::size_t space = printed.find(' ', start);
    std::string_view word = printed.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
    if (!is_unit_word(word)) return std::nullopt;
    ++words;
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  if (words == 0 || words > 3) return std::nullopt;
  return std::string(printed);
}

QuantityResult parse_quantity(std::string_view text) {
  QuantityResult result;
  std::string_view s = trim(text);
  std::vector<Diagnostic> notes;
  bool currency_prefix = strip_currency_prefix(s);
  // "N. 5": the count unit is sometimes printed before the number.
  std::optional<std::string> prefix_unit;
  for (std::string_view prefix : {"N.", "n.", "Nr.", "nr.", "n\xC2\xB0", "N\xC2\xB0"}) {
    if (currency_prefix || s.substr(0, prefix.size()) != prefix) continue;
    std::string_view after = trim(s.substr(prefix.size()));
    if (after.empty() || !(is_digit(after[0]) || after[0] == '-')) continue;
    prefix_unit = "N.";
    s = after;
    break;
  }

  // Signs, possibly doubled by extraction ("--15.928") or spaced ("- 15").
  int minus = 0;
  int plus = 0;
  std::size_t i = 0;
  while (i < s.size() && (s[i] == '-' || s[i] == '+' || (s[i] == ' ' && i > 0))) {
    if (s[i] == '-') ++minus;
    if (s[i] == '+') ++plus;
    ++i;
  }
  if (minus > 0 && plus > 0) {
    result.why_not = LocalMessage(N_("both '+' and '-' before the number"));
    return result;
  }
  if (plus > 1) {
    result.why_not = LocalMessage(N_("several '+' signs before the number"));
    return result;
  }
  if (minus > 1) {
    notes.push_back(note(Severity::warning, "value.doubled_sign",
                         LocalMessage(N_("{count} minus signs before the number (extraction debris?); read as one"))
                             .set("count", std::to_string(minus))));
  }
  // A currency sign may also follow the minus: "- € 1.000".
  if (!currency_prefix && i > 0) {
    std::string_view after_sign = s.substr(i);
    if (strip_currency_prefix(after_sign)) {
      currency_prefix = true;
      i = s.size() - after_sign.size();
    }
  }

  std::size_t core_start = i;
  while (i < s.size() && is_number_char(s[i])) ++i;
  std::string_view core = s.substr(core_start, i - core_start);
  std::string_view rest = trim(s.substr(i));
  if (core.empty() || !is_digit(core[0])) {
    std::size_t first_digit = s.find_first_of("0123456789");
    if (core.empty() && first_digit != std::string_view::npos)
      result.why_not = LocalMessage(N_("unexpected text before the number: '{text}'"))
                           .set("text", std::string(trim(s.substr(0, first_digit))));
    else
      result.why_not = core.empty() ? LocalMessage(N_("no digits"))
                                    : LocalMessage(N_("no digit before '{character}'")).set("character", std::string(1, core[0]));
    return result;
  }
  // A dot or comma stuck to the end ("1.419." "5,") is punctuation from the
  // sentence or the cell, not part of the number.
  if (core.size() > 1 && (core.back() == '.' || core.back() == ',') && (rest.empty() || rest[0] != ',')) {
    notes.push_back(note(Severity::info, "value.debris",
                         LocalMessage(N_("trailing '{character}' ignored")).set("character", std::string(1, core.back()))));
    core.remove_suffix(1);
  }
  std::string signed_core = (minus > 0 ? "-" : "") + std::string(core);
  ItalianNumber number = parse_italian_number(signed_core);
  if (!number.value) {
    result.why_not = LocalMessage("'{text}': {why}").set("text", std::string(core)).set("why", Phrase().message(number.why_not));
    return result;
  }

  std::optional<std::string> unit;
  if (!rest.empty()) {
    std::string_view printed_unit = rest;
    // "67%." : the sentence's full stop after the unit.
    if (printed_unit.size() >= 2 && printed_unit.back() == '.' && printed_unit[printed_unit.size() - 2] == '%') {
      printed_unit.remove_suffix(1);
      notes.push_back(note(Severity::info, "value.debris", LocalMessage(N_("trailing '.' after the unit ignored"))));
    }
    unit = canonical_unit(printed_unit);
    if (!unit) {
      result.why_not = LocalMessage(N_("unexpected text after the number: '{text}'")).set("text", std::string(rest));
      return result;
    }
  }
  if (prefix_unit) {
    if (unit && *unit != *prefix_unit) {
      result.why_not = LocalMessage(N_("the unit '{before}' before the number and '{after}' after it"))
                           .set("before", *prefix_unit)
                           .set("after", *unit);
      return result;
    }
    unit = prefix_unit;
  }
  if (currency_prefix) {
    if (unit && *unit != "EUR") {
      result.why_not =
          LocalMessage(N_("a currency sign before the number and the unit '{unit}' after it")).set("unit", *unit);
      return result;
    }
    unit = "EUR";
  }
  result.quantity = Quantity{*number.value, unit, std::move(notes)};
  return result;
}

namespace {

constexpr std::array<const char*, 12> kMonths{"gennaio", "febbraio", "marzo",     "aprile",  "maggio",   "giugno",
                                              "luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[std::size_t(month - 1)];
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// Reads a run of 1-4 digits; returns the count read.
std::size_t read_digits(std::string_view s, std::size_t i, int& value) {
  std::size_t start = i;
  value = 0;
  while (i < s.size() && is_digit(s[i]) && i - start < 5) value = value * 10 + (s[i++] - '0');
  return i - start;
}

void finish_date(DateResult& r, int year, int month, int day) {
  if (year < 1900 || year > 2200) {
    r.why_not = LocalMessage(N_("year {year} out of range")).set("year", std::to_string(year));
    return;
  }
  if (month < 1 || month > 12) {
    r.why_not = LocalMessage(N_("month {month} does not exist")).set("month", std::to_string(month));
    return;
  }
  if (day < 1 || day > days_in_month(year, month)) {
    r.why_not = LocalMessage(N_("day {day} does not exist in month {month}"))
                    .set("day", std::to_string(day))
                    .set("month", std::to_string(month));
    return;
  }
  r.iso = std::to_string(year) + "-" + two(month) + "-" + two(day);
}

}  // namespace

DateResult parse_italian_date(std::string_view text, std::optional<int> year_hint) {
  DateResult r;
  // Joined lines leave a space after a separator ("30/11/ 2017").
  std::string s;
  for (std::size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c == ' ' && !s.empty() && (s.back() == '/' || (k + 1 < text.size() && text[k + 1] == '/'))) continue;
    s += c;
  }
  s = std::string(trim(s));

  int day = 0;
  std::size_t i = read_digits(s, 0, day);
  // ISO "2017-12-31", as workbooks and software print it.
  if (i == 4 && s.size() == 10 && s[4] == '-' && s[7] == '-') {
    int month = 0;
    int iso_day = 0;
    if (read_digits(s, 5, month) == 2 && read_digits(s, 8, iso_day) == 2) {
      r.looks_like_date = true;
      finish_date(r, day, month, iso_day);
    }
    return r;
  }
  if (i == 0 || i > 2) return r;

  // "31 dicembre 2024"
  if (i < s.size() && s[i] == ' ') {
    std::string lower = ascii_lower(s);
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      std::string month_name = kMonths[m];
      if (lower.compare(i + 1, month_name.size(), month_name) != 0) continue;
      std::size_t j = i + 1 + month_name.size();
      r.looks_like_date = true;
      int year = 0;
      if (j < s.size() && s[j] == ' ' && read_digits(s, j + 1, year) == 4 && j + 5 == s.size()) {
        finish_date(r, year, int(m) + 1, day);
      } else if (j == s.size() && year_hint) {
        finish_date(r, *year_hint, int(m) + 1, day);
        if (r.iso)
          r.notes.push_back(note(Severity::info, "value.date_year_assumed",
                                 LocalMessage(N_("no year printed; took {year} from the column"))
                                     .set("year", std::to_string(*year_hint))));
      } else {
        r.why_not = LocalMessage(N_("a date without a readable year"));
      }
      return r;
    }
    return r;
  }

  if (i >= s.size()) return r;
  char sep = s[i];
  if (sep != '/' && sep != '.' && sep != '-') return r;
  int month = 0;
  std::size_t month_digits = read_digits(s, i + 1, month);
  if (month_digits == 0 || month_digits > 2) return r;
  std::size_t j = i + 1 + month_digits;
  if (j == s.size()) {
    // "31/12": a date only with slashes; "31.12" and "70-90" are numbers.
    if (sep != '/') return r;
    r.looks_like_date = true;
    if (!year_hint) {
      r.why_not = LocalMessage(N_("a day and month without a year"));
      return r;
    }
    finish_date(r, *year_hint, month, day);
    if (r.iso)
      r.notes.push_back(note(Severity::info, "value.date_year_assumed",
                             LocalMessage(N_("no year printed; took {year} from the column"))
                                 .set("year", std::to_string(*year_hint))));
    return r;
  }
  if (s[j] != sep) return r;
  if (j + 1 == s.size()) {
    r.looks_like_date = sep == '/';
    if (r.looks_like_date)
      r.why_not = LocalMessage(N_("a date cut after the month (was the year wrapped onto the next line?)"));
    return r;
  }
  int year = 0;
  std::size_t year_digits = read_digits(s, j + 1, year);
  std::size_t end = j + 1 + year_digits;
  // "31/12/20" + "17": a year wrapped mid-number and joined with a space.
  if (year_digits == 2 && end + 3 == s.size() && s[end] == ' ' && is_digit(s[end + 1]) && is_digit(s[end + 2])) {
    year = year * 100 + (s[end + 1] - '0') * 10 + (s[end + 2] - '0');
    year_digits = 4;
    end = s.size();
    r.notes.push_back(note(Severity::info, "value.joined_year",
                           LocalMessage(N_("year wrapped over two lines, read as {year}")).set("year", std::to_string(year))));
  }
  if (end != s.size() || (year_digits != 2 && year_digits != 4)) return r;
  r.looks_like_date = true;
  if (year_digits == 2) {
    year += 2000;
    // "31/12/20" in a 2017 column is a cut-off "2017", not 2020.
    if (year_hint && *year_hint != year) {
      r.why_not = LocalMessage(N_("the two-digit year {digits} is not the column's year {year} (a year cut off at the "
                                  "cell's edge?)"))
                      .set("digits", s.substr(j + 1, 2))
                      .set("year", std::to_string(*year_hint));
      return r;
    }
    r.notes.push_back(note(Severity::warning, "value.two_digit_year",
                           LocalMessage(N_("two-digit year read as {year}")).set("year", std::to_string(year))));
  }
  finish_date(r, year, month, day);
  return r;
}

std::optional<std::string> ordinal_word(std::string_view text) {
  // Yes/no targets ("SI", "Sì", "NO") are a two-level scale: met or not.
  {
    std::string yes_no = ascii_lower(trim(text));
    if (yes_no == "si" || yes_no == "s\xC3\xAC" || yes_no == "s\xC3\x8C") return std::string("S\xC3\xAC");
    if (yes_no == "no") return std::string("No");
  }
  static constexpr std::array<const char*, 16> kLevels{
      "basso",     "medio",        "alto",          "medio-alto",  "medio-basso", "elevato",
      "molto alto", "molto basso", "molto elevato", "buono",       "ottimo",      "sufficiente",
      "discreto",  "insufficiente", "adeguato",     "positivo"};
  std::string_view bare = trim(text);
  // maggiore o uguale a "Buono": the level may be quoted.
  if (bare.size() >= 2 && (bare.front() == '"' || bare.front() == '\'') && bare.back() == bare.front())
    bare = trim(bare.substr(1, bare.size() - 2));
  std::string lower = ascii_lower(bare);
  // "medio alto" and "medio - alto" are "medio-alto".
  std::string compact;
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (lower[k] == ' ' && ((k + 1 < lower.size() && lower[k + 1] == '-') || (!compact.empty() && compact.back() == '-')))
      continue;
    compact += lower[k];
  }
  for (const char* level : kLevels) {
    std::string candidate = level;
    std::string spaced = candidate;
    for (char& c : spaced)
      if (c == '-') c = ' ';
    if (compact == candidate || (candidate.find('-') != std::string::npos && compact == spaced)) {
      candidate[0] = char(candidate[0] - 'a' + 'A');
      return candidate;
    }
  }
  return std::nullopt;
}

}  // namespace allegato::value_parts
