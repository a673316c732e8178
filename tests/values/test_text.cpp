#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "values/text.hpp"

using namespace allegato;

TEST_CASE("normalize_text maps typeset characters to what parsers expect", "[values][text]") {
  CHECK(normalize_text("\xE2\x89\xA5 73%") == ">= 73%");                 // ≥
  CHECK(normalize_text("\xE2\x89\xA4 5") == "<= 5");                     // ≤
  CHECK(normalize_text("1 \xE2\x80\x93 La CCIAA") == "1 - La CCIAA");    // –
  CHECK(normalize_text("a \xE2\x80\x94 b") == "a - b");                  // —
  CHECK(normalize_text("\xE2\x88\x92" "15,00 %") == "-15,00 %");         // U+2212 minus
  CHECK(normalize_text("dell\xE2\x80\x99" "economia") == "dell'economia");  // ’
  CHECK(normalize_text("\xE2\x80\x9C" "Cabina di Regia" "\xE2\x80\x9D") == "\"Cabina di Regia\"");
  CHECK(normalize_text("\xC2\xAB" "Buono" "\xC2\xBB") == "\"Buono\"");   // « »
  CHECK(normalize_text("obie\xEF\xAC\x83" "vi") == "obieffivi");        // ﬃ ligature (NFKC)
  CHECK(normalize_text("\xEF\xAC\x81ne") == "fine");                     // ﬁ
  CHECK(normalize_text("16,66\xC2\xA0%") == "16,66 %");                  // NBSP
  CHECK(normalize_text("16,66\xE2\x80\xAF%") == "16,66 %");              // narrow NBSP
  CHECK(normalize_text("  a \t\n b\xE2\x80\x83 c  ") == "a b c");       // runs of white space, em space
  CHECK(normalize_text("soft\xC2\xADhyphen\xE2\x80\x8B") == "softhyphen");  // invisible characters dropped
  CHECK(normalize_text("\xEF\xBB\xBFN/D") == "N/D");                     // BOM
  CHECK(normalize_text("") == "");
  CHECK(normalize_text(" \n\t ") == "");
  CHECK(normalize_text("Qualit\xC3\xA0") == "Qualit\xC3\xA0");           // accents kept for display
}

TEST_CASE("normalize_text never fails on bad bytes", "[values][text]") {
  std::string bad = "ab\xFF\xFE" "c\xC3";
  std::string out = normalize_text(bad);
  CHECK(is_valid_utf8(out));
  CHECK(out.find("ab") == 0);
  std::string with_nul("a\0b", 3);
  CHECK(normalize_text(with_nul) == "a b");
}

TEST_CASE("ASCII text, read without ICU, folds as the Unicode path does", "[values][text]") {
  // Framed by a non-ASCII letter the same text takes the ICU path.
  const std::string a_grave = "\xC3\xA0";
  for (const std::string ascii : {"\x01" "a\x1F b\x7F" "c", " a\x0B\x0C" "b\r\ny ", "12.345,67 N.", "x\ty"}) {
    INFO(ascii);
    CHECK(normalize_text(a_grave + " " + ascii + " " + a_grave) == a_grave + " " + normalize_text(ascii) + " " + a_grave);
    CHECK(tidy_printed_text(a_grave + " " + ascii + " " + a_grave) ==
          a_grave + " " + tidy_printed_text(ascii) + " " + a_grave);
  }
  CHECK(normalize_text("\x01" "a\x1F b\x7F" "c") == "a b c");
}

TEST_CASE("fold_for_matching equates spellings of one word", "[values][text]") {
  CHECK(fold_for_matching("Qualita'") == fold_for_matching("Qualit\xC3\xA0"));
  CHECK(fold_for_matching("Qualita\xE2\x80\x99") == "qualita");
  CHECK(fold_for_matching("QUALIT\xC3\x80") == "qualita");
  CHECK(fold_for_matching("Qualit\xC3\xA0 dei servizi") == "qualita dei servizi");
  CHECK(fold_for_matching("dell\xE2\x80\x99" "economia") == "dell economia");
  CHECK(fold_for_matching("Massa-Carrara, (MS).") == "massa carrara ms");
  CHECK(fold_for_matching("  Efficacia  ") == "efficacia");
  CHECK(fold_for_matching("obie\xEF\xAC\x83vi") == "obieffivi");
  CHECK(fold_for_matching("N/D") == "n d");
  CHECK(fold_for_matching("Attivit\xC3\xA0 n\xC2\xB0 1") == "attivita n 1");
  CHECK(fold_for_matching("") == "");
  CHECK(fold_for_matching("...") == "");
  // Folding twice changes nothing.
  std::string once = fold_for_matching("Capacit\xC3\xA0 di risposta \xE2\x80\x93 Sportello");
  CHECK(fold_for_matching(once) == once);
  // ASCII is folded without ICU: framed by a non-ASCII letter the same text
  // takes the ICU path and folds alike.
  const std::string a_grave = "\xC3\xA0";
  std::vector<std::string> texts = {"\x01" "A\x1F b\x7F" "C", " a\x0B\x0C" "B\r\ny ", "12.345,67 N.", "x\ty", "_a_", "''"};
  for (int c = 0; c < 0x80; ++c) texts.push_back(std::string("Ab") + static_cast<char>(c) + "Z9" + static_cast<char>(c));
  for (const auto& ascii : texts) {
    INFO(ascii);
    const std::string folded = fold_for_matching(ascii);
    CHECK(fold_for_matching(a_grave + " " + ascii + " " + a_grave) == (folded.empty() ? "a a" : "a " + folded + " a"));
  }
}

TEST_CASE("is_valid_utf8 accepts UTF-8 and rejects everything else", "[values][text]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("ascii"));
  CHECK(is_valid_utf8("Qualit\xC3\xA0 \xE2\x89\xA5 \xF0\x9F\x98\x80"));
  CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong 3-byte
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("a\x80"));
}
