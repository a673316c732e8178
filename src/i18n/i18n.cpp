#include "i18n/i18n.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unordered_map>

#include <unicode/numberformatter.h>

namespace allegato {
namespace {

struct State {
  std::string language = "en";
  std::string problem;
  std::unordered_map<std::string, std::string> catalogue;  // msgid -> msgstr
  std::string loaded;                                     // language of `catalogue`
};

State& state() {
  static State s;
  return s;
}

// Set by EnglishScope: this thread renders messages in English whatever the
// process-wide language (the English text JSON and the store keep).
thread_local bool english_only = false;

std::uint32_t read_u32(const std::string& bytes, std::size_t at, bool swap) {
  if (at + 4 > bytes.size()) throw std::runtime_error("truncated .mo file");
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    const auto byte = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]));
    v |= swap ? byte << (8 * (3 - i)) : byte << (8 * i);
  }
  return v;
}

// Where catalogues are looked for, first found wins: $ALLEGATO_LOCALEDIR, the
// build tree (so a freshly built binary and the tests find them), the install
// prefix.
std::vector<std::string> locale_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("ALLEGATO_LOCALEDIR"); env && *env) dirs.emplace_back(env);
#ifdef ALLEGATO_BUILD_LOCALEDIR
  dirs.emplace_back(ALLEGATO_BUILD_LOCALEDIR);
#endif
#ifdef ALLEGATO_INSTALL_LOCALEDIR
  dirs.emplace_back(ALLEGATO_INSTALL_LOCALEDIR);
#endif
  return dirs;
}

void load_catalogue(State& s) {
  s.catalogue.clear();
  s.problem.clear();
  s.loaded = s.language;
  if (s.language == "en") return;
  std::string tried;
  for (const auto& dir : locale_dirs()) {
    const std::string path = dir + "/" + s.language + "/LC_MESSAGES/allegato.mo";
    std::ifstream probe(path, std::ios::binary);
    if (!probe) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    try {
      for (auto& [id, text] : read_mo_file(path))
        if (!id.empty()) s.catalogue.emplace(std::move(id), std::move(text));
      return;
    } catch (const std::exception& e) {
      s.problem = path + ": " + e.what();
      return;
    }
  }
  s.problem = "no catalogue for '" + s.language + "' (looked in " + (tried.empty() ? "nothing" : tried) +
              "; set ALLEGATO_LOCALEDIR)";
}

bool is_decimal(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  std::size_t digits = 0, dots = 0;
  for (; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      ++digits;
    } else if (text[i] == '.' && dots == 0 && digits > 0) {
      ++dots;
    } else {
      return false;
    }
  }
  return digits > 0 && text.back() != '.';
}

}  // namespace

const std::string& ui_language() {
  static const std::string english = "en";
  return english_only ? english : state().language;
}

EnglishScope::EnglishScope() : previous_(english_only) { english_only = true; }
EnglishScope::~EnglishScope() { english_only = previous_; }

void set_ui_language(std::string_view language_or_locale) {
  State& s = state();
  const bool italian = language_or_locale.substr(0, 2) == "it";
  s.language = italian ? "it" : "en";
  if (s.loaded != s.language) load_catalogue(s);
}

std::string language_from_environment() {
  // As gettext decides: the locale of messages is the first of LC_ALL,
  // LC_MESSAGES, LANG that is set; in the C/POSIX locale messages are
  // English whatever LANGUAGE says; otherwise LANGUAGE (a list, "it:en")
  // comes first.
  auto get = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v ? v : "");
  };
  std::string locale = get("LC_ALL");
  if (locale.empty()) locale = get("LC_MESSAGES");
  if (locale.empty()) locale = get("LANG");
  if (locale.empty() || locale == "C" || locale.rfind("C.", 0) == 0 || locale == "POSIX") return "en";
  const std::string language = get("LANGUAGE");
  const std::string first = language.substr(0, language.find(':'));
  const std::string& chosen = first.empty() ? locale : first;
  return chosen.substr(0, 2) == "it" ? "it" : "en";
}

const std::string& catalogue_problem() { return state().problem; }

std::string tr(std::string_view msgid) {
  const State& s = state();
  if (s.catalogue.empty() || english_only) return std::string(msgid);
  auto it = s.catalogue.find(std::string(msgid));
  if (it == s.catalogue.end() || it->second.empty()) return std::string(msgid);
  // A plural entry looked up by its singular: the first form.
  return it->second.substr(0, it->second.find('\0'));
}

std::string trc(std::string_view context, std::string_view msgid) {
  std::string key(context);
  key += '\x04';
  key += msgid;
  const std::string found = tr(key);
  return found == key ? std::string(msgid) : found;
}

std::string trn(std::string_view singular, std::string_view plural, long long n) {
  const State& s = state();
  const std::size_t form = n != 1 ? 1 : 0;  // Plural-Forms of both it and en: nplurals=2; plural=(n != 1)
  auto it = s.catalogue.find(std::string(singular));
  if (!english_only && it != s.catalogue.end()) {
    std::size_t start = 0;
    for (std::size_t k = 0; k < form && start != std::string::npos; ++k) {
      start = it->second.find('\0', start);
      if (start != std::string::npos) ++start;
    }
    if (start != std::string::npos) {
      std::string text = it->second.substr(start, it->second.find('\0', start) - start);
      if (!text.empty()) return text;
    }
  }
  return std::string(form ? plural : singular);
}

std::string fill(std::string_view text, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [key, value] : values)
          if (key == name) {
            out += value;
            found = true;
            break;
          }
        if (found) {
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

std::string format_decimal(std::string_view exact) {
  if (!is_decimal(exact)) return std::string(exact);
  const auto dot = exact.find('.');
  const int fraction = dot == std::string_view::npos ? 0 : static_cast<int>(exact.size() - dot - 1);
  const icu::Locale locale = ui_language() == "it" ? icu::Locale("it", "IT") : icu::Locale("en", "US");
  UErrorCode status = U_ZERO_ERROR;
  const auto formatted = icu::number::NumberFormatter::withLocale(locale)
                             .grouping(UNUM_GROUPING_MIN2)
                             .precision(icu::number::Precision::fixedFraction(fraction))
                             .formatDecimal(icu::StringPiece(exact.data(), static_cast<int32_t>(exact.size())), status);
  std::string out;
  if (U_SUCCESS(status)) formatted.toString(status).toUTF8String(out);
  return U_SUCCESS(status) && !out.empty() ? out : std::string(exact);
}

std::string format_integer(long long n) { return format_decimal(std::to_string(n)); }

std::string format_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  if (ui_language() != "it") return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
}

std::vector<std::pair<std::string, std::string>> read_mo_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::uint32_t magic = read_u32(bytes, 0, false);
  bool swap = false;
  if (magic == 0xde120495u) {
    swap = true;
  } else if (magic != 0x950412deu) {
    throw std::runtime_error("not a gettext .mo file");
  }
  const std::uint32_t count = read_u32(bytes, 8, swap);
  const std::uint32_t originals = read_u32(bytes, 12, swap);
  const std::uint32_t translations = read_u32(bytes, 16, swap);
  auto string_at = [&](std::uint32_t table, std::uint32_t k) {
    const std::size_t entry = static_cast<std::size_t>(table) + 8 * static_cast<std::size_t>(k);
    const std::uint32_t length = read_u32(bytes, entry, swap);
    const std::uint32_t offset = read_u32(bytes, entry + 4, swap);
    if (static_cast<std::size_t>(offset) + length > bytes.size()) throw std::runtime_error("truncated .mo file");
    return bytes.substr(offset, length);
  };
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(count);
  for (std::uint32_t k = 0; k < count; ++k) {
    std::string id = string_at(originals, k);
    id = id.substr(0, id.find('\0'));  // a plural entry: "singular\0plural"
    out.emplace_back(std::move(id), string_at(translations, k));
  }
  return out;
}

}  // namespace allegato
