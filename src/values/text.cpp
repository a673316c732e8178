#include "values/text.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace allegato {

namespace {

// Characters that extraction brings in from typeset text and that NFKC leaves
// alone, mapped to the ASCII that a parser expects. Only mappings that cannot
// change meaning: comparison signs keep their sense, every dash is a minus or
// hyphen in these tables, curly quotes are quotes.
const char16_t* ascii_replacement(UChar32 c) {
  switch (c) {
    case 0x2265: case 0x2A7E: return u">=";  // ≥ ⩾
    case 0x2264: case 0x2A7D: return u"<=";  // ≤ ⩽
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return u"-";  // hyphens, dashes, minus sign
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC:
      return u"'";  // single quotes, prime, acute accent used as apostrophe
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return u"\"";  // double quotes and guillemets
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return u"";  // soft hyphen, zero-width characters, BOM: invisible
    default: return nullptr;
  }
}

bool is_fold_space(UChar32 c) {
  // Control characters other than white space are debris from extraction;
  // treating them as spaces keeps words apart without keeping the bytes.
  return u_isUWhiteSpace(c) || (c < 0x20) || (c >= 0x7F && c < 0xA0);
}

// Pure ASCII text (codes, numbers, most words of a table) needs no ICU:
// NFKC leaves it as it is and no replacement applies, so normalising and
// tidying it only fold white space and control characters (to one space,
// trimmed), as the loops below do. nullopt when a byte is not ASCII. The
// ICU round trip was about 7% of an import (perf, a 200-page plan).
std::optional<std::string> folded_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (const char byte : utf8) {
    const auto c = static_cast<unsigned char>(byte);
    if (c >= 0x80) return std::nullopt;
    if (c <= 0x20 || c == 0x7F) {  // is_fold_space on ASCII
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += byte;
  }
  return out;
}

icu::UnicodeString normalize_unicode(std::string_view utf8) {
  if (auto ascii = folded_ascii(utf8)) return icu::UnicodeString::fromUTF8(*ascii);
  // fromUTF8 replaces ill-formed sequences with U+FFFD, so any bytes are safe.
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), int32_t(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString normal;
  if (U_SUCCESS(status)) {
    normal = nfkc->normalize(in, status);
  }
  if (U_FAILURE(status)) normal = in;

  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < normal.length();) {
    UChar32 c = normal.char32At(i);
    i += U16_LENGTH(c);
    if (is_fold_space(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    const char16_t* repl = ascii_replacement(c);
    // Invisible characters vanish without deciding where spaces go.
    if (repl != nullptr && repl[0] == u'\0') continue;
    if (pending_space) {
      out.append(u' ');
      pending_space = false;
    }
    if (repl != nullptr) out.append(icu::UnicodeString(repl));
    else out.append(c);
  }
  return out;
}

icu::UnicodeString tidy_unicode(std::string_view utf8) {
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), int32_t(utf8.size())));
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (is_fold_space(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) {
      pending_space = !out.isEmpty();
      continue;
    }
    const char16_t* repl = ascii_replacement(c);
    if (repl != nullptr && repl[0] == u'\0') continue;  // invisible
    if (pending_space) {
      out.append(u' ');
      pending_space = false;
    }
    switch (c) {
      // Ligatures are a typesetting choice, not text: "ﬁ" is "fi".
      case 0xFB00: out.append(icu::UnicodeString(u"ff")); break;
      case 0xFB01: out.append(icu::UnicodeString(u"fi")); break;
      case 0xFB02: out.append(icu::UnicodeString(u"fl")); break;
      case 0xFB03: out.append(icu::UnicodeString(u"ffi")); break;
      case 0xFB04: out.append(icu::UnicodeString(u"ffl")); break;
      case 0xFB05: case 0xFB06: out.append(icu::UnicodeString(u"st")); break;
      default: out.append(c);
    }
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Creating this transliterator parses rule files (tens of milliseconds), so
// each thread builds it once; transliterate() is not safe to share across
// threads without a lock, a per-thread instance is.
icu::Transliterator* folding_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString(u"NFKC; Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  return instance.get();
}

bool is_ascii_alnum(char16_t c) {
  return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

}  // namespace

std::string normalize_text(std::string_view utf8) {
  if (auto ascii = folded_ascii(utf8)) return std::move(*ascii);
  return to_utf8(normalize_unicode(utf8));
}

std::string name_case(std::string_view utf8, bool (*keep_lower)(std::string_view lowered)) {
  static const icu::Locale italian("it");
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    u.toLower(italian);
    std::string lowered;
    u.toUTF8String(lowered);
    // "dell'aquila": the connector before the apostrophe, the name after it.
    const auto apostrophe = lowered.find('\'');
    const std::string head = apostrophe == std::string::npos ? lowered : lowered.substr(0, apostrophe + 1);
    const bool lower_head = keep_lower && keep_lower(head);
    icu::UnicodeString h = icu::UnicodeString::fromUTF8(head);
    if (!lower_head && h.length() > 0) h.replace(0, 1, icu::UnicodeString(h, 0, 1).toUpper(italian));
    std::string result;
    h.toUTF8String(result);
    if (apostrophe != std::string::npos && apostrophe + 1 < lowered.size()) {
      icu::UnicodeString tail = icu::UnicodeString::fromUTF8(lowered.substr(apostrophe + 1));
      tail.replace(0, 1, icu::UnicodeString(tail, 0, 1).toUpper(italian));
      tail.toUTF8String(result);
    }
    out += result;
    word.clear();
  };
  for (char c : utf8) {
    if (c == ' ' || c == '-') {
      flush();
      out += c;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

std::string fold_for_matching(std::string_view utf8) {
  // ASCII, as the steps below would leave it: letters lower-cased, digits,
  // and one space for each run of anything else between them (no ICU
  // round trip; names and labels compared in reconcile are mostly ASCII).
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    for (const char c : utf8) {
      if (!is_ascii_alnum(static_cast<char16_t>(c))) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) {
        out += ' ';
        pending_space = false;
      }
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  }
  icu::UnicodeString s = normalize_unicode(utf8);
  bool ascii = true;
  for (int32_t i = 0; i < s.length() && ascii; ++i) ascii = s.charAt(i) < 0x80;
  // On ASCII the transliterator is the identity but for Lower, and it costs
  // tens of microseconds a call: most codes and numbers skip it.
  if (ascii) s.toLower(icu::Locale::getRoot());
  else if (icu::Transliterator* t = folding_transliterator()) t->transliterate(s);
  else s.toLower(icu::Locale::getRoot());

  // Keep letters and digits (also non-ASCII ones the transliterator left);
  // punctuation and symbols ("n°") separate words. A word-final apostrophe is the
  // typewriter accent ("Qualita'"), dropped so it matches "Qualità".
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    bool keep = c > 0x7F ? bool(u_isalnum(c)) : is_ascii_alnum(char16_t(c));
    if (c > 0x7F && keep) c = u_tolower(c);
    if (!keep) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) {
      out.append(u' ');
      pending_space = false;
    }
    out.append(c);
  }
  return to_utf8(out);
}

std::string tidy_printed_text(std::string_view utf8) {
  if (auto ascii = folded_ascii(utf8)) return std::move(*ascii);
  return to_utf8(tidy_unicode(utf8));
}

namespace {
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8;
  std::size_t cut = max_bytes;
  // utf8[cut] is the first byte left out: back off while it continues a
  // character that started inside the prefix.
  while (cut > 0 && is_continuation(utf8[cut])) --cut;
  return utf8.substr(0, cut);
}

std::string_view utf8_suffix(std::string_view utf8, std::size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8;
  std::size_t start = utf8.size() - max_bytes;
  while (start < utf8.size() && is_continuation(utf8[start])) ++start;
  return utf8.substr(start);
}

bool opens_lower_case(std::string_view utf8) {
  if (utf8.empty()) return false;
  const auto first = static_cast<unsigned char>(utf8[0]);
  if (first < 0x80) return std::islower(first) != 0;
  return first == 0xC3 && utf8.size() > 1 && static_cast<unsigned char>(utf8[1]) >= 0x9F;
}

bool is_valid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    if (b >= 0xC2 && b <= 0xDF) { len = 2; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; cp = b & 0x0F; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; cp = b & 0x07; }
    else return false;
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      auto cb = static_cast<unsigned char>(bytes[i + k]);
      if ((cb & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cb & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  return true;
}

}  // namespace allegato
