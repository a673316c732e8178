#include <catch2/catch.hpp>

#include <random>

#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"
#include "values/text.hpp"

using namespace allegato;
using namespace allegato::genres;

// Parsed titles go through normalize_text (curly quotes become ASCII);
// the recognisers turn them back into the printed text with as_printed.
TEST_CASE("genre text: numbered headings, never values", "[genres][text]") {
  struct Case {
    const char* text;
    const char* code;
    const char* title;
  };
  const std::vector<Case> good = {
      {"1 - La CCIAA “Cabina di Regia” del tessuto", "1", "La CCIAA \"Cabina di Regia\" del tessuto"},
      {"1.1 - Consolidare il ruolo\ndella Camera", "1.1", "Consolidare il ruolo della Camera"},
      {"1.1.1 Produrre e diffondere", "1.1.1", "Produrre e diffondere"},
      {"1. Semplificazione Amministrativa", "1", "Semplificazione Amministrativa"},
      {"2.Innovazione, Sviluppo", "2", "Innovazione, Sviluppo"},
      {"11.  Comunicazione istituzionale", "11", "Comunicazione istituzionale"},
      // A last segment may be a letter, capital or not.
      {"1.1.A Favorire l'insediamento", "1.1.A", "Favorire l'insediamento"},
      {"1.a – Ridurre i tempi di liquidazione", "1.a", "Ridurre i tempi di liquidazione"},
  };
  for (const auto& c : good) {
    INFO(c.text);
    auto h = parse_numbered_heading(c.text);
    REQUIRE(h);
    CHECK(h->code == c.code);
    CHECK(h->title == c.title);
  }
  for (const char* value : {"100,00%", "2021", "3 testate", "1.419 N.", "8 N.", "31/12/2017", "", "N/D"}) {
    INFO(value);
    CHECK_FALSE(parse_numbered_heading(value));
  }
  // A numbering alone in its cell, its last segment maybe a letter.
  for (const char* numbering : {"1", "1.1", "2.1.3.", "1.a", "2.1.B"}) {
    INFO(numbering);
    CHECK(is_numbering_cell(numbering));
  }
  for (const char* other : {"1.ab", "a.1", "OG.1", "1,5", "2024-2026"}) {
    INFO(other);
    CHECK_FALSE(is_numbering_cell(other));
  }
  CHECK(code_depth("1") == 1);
  CHECK(code_depth("2.1.3") == 3);
}

TEST_CASE("genre text: coded headings and measure codes", "[genres][text]") {
  struct Case {
    const char* text;
    const char* code;
    const char* title;
  };
  const std::vector<Case> good = {
      {"Studi_ISR - Realizzazione studi da ISR", "Studi_ISR", "Realizzazione studi da ISR"},
      {"DFP 1.3 - Grado di copertura", "DFP 1.3", "Grado di copertura"},
      {"OS_1.2InnovazProces - Supportare l’innovazione", "OS_1.2InnovazProces", "Supportare l'innovazione"},
      {"IS_01.02_ Bilancio delle competenze", "IS_01.02_", "Bilancio delle competenze"},
      {"EC27 - Indice equilibrio strutturale", "EC27", "Indice equilibrio strutturale"},
      {"RuoloEsattAP-2 - Mantenere un efficiente tempo", "RuoloEsattAP-2", "Mantenere un efficiente tempo"},
      {"IS_TotemServAnagraf -", "IS_TotemServAnagraf", ""},
  };
  for (const auto& c : good) {
    INFO(c.text);
    auto h = parse_code_heading(c.text);
    REQUIRE(h);
    CHECK(h->code == c.code);
    CHECK(h->title == c.title);
  }
  for (const char* text : {"Numero di questionari - raccolti", "Indicatori", "1.1 - Consolidare", "N. attività eseguite"}) {
    INFO(text);
    CHECK_FALSE(parse_code_heading(text));
  }
  for (const char* code : {"BilCons_DA", "EC27", "ProvStrut", "M:RASLImprIscr", "MS_%ParetoTNO", "Dip-Form", "N_Imprese_Dig4.0"}) {
    INFO(code);
    CHECK(looks_like_code(code));
  }
  for (const char* word : {"Numero", "N.", "PID", "imprese", "4.0", "(TI+TD)", "Peso:"}) {
    INFO(word);
    CHECK_FALSE(looks_like_code(word));
  }
}

TEST_CASE("genre text: a wrapped name and its description come apart", "[genres][text]") {
  // The first line was wrapped (full width), the name goes on; the second
  // ended early, the description starts.
  auto nd = split_name_description({"Nquest_customer - Numero di questionari raccolti nell'indagine di Customer",
                                    "Satisfaction svolta da ISR sull'ente camerale",
                                    "Misura il n. dei questionari che vengono raccolti durante l'indagine di customer"});
  CHECK(nd.name == "Nquest_customer - Numero di questionari raccolti nell'indagine di Customer Satisfaction svolta da ISR sull'ente camerale");
  CHECK(nd.description == "Misura il n. dei questionari che vengono raccolti durante l'indagine di customer");
  // A description that repeats the name's first words starts a new part.
  nd = split_name_description({"PC_Port - PC portatili a disposizione dei dipendenti", "PC portatili a disposizione dei dipendenti"});
  CHECK(nd.name == "PC_Port - PC portatili a disposizione dei dipendenti");
  CHECK(nd.description == "PC portatili a disposizione dei dipendenti");
  // A line ending on a preposition goes on.
  nd = split_name_description({"IS_TotemServAnagraf -", "Miglioramento della soddisfazione", "degli utenti - Indagine tramite",
                               "Totem servizi anagrafici"});
  CHECK(nd.name == "IS_TotemServAnagraf - Miglioramento della soddisfazione degli utenti - Indagine tramite Totem servizi anagrafici");
  CHECK(nd.description.empty());
}

TEST_CASE("genre text: weights, owners, formulas, values", "[genres][text]") {
  std::string text = "EC27 - Indice\n(Peso: \n50,00%)";
  auto w = take_peso(text);
  REQUIRE(w);
  CHECK(w->raw == "50,00%");
  REQUIRE(w->value);
  CHECK(w->value->to_string() == "50.00");
  CHECK(text.find("Peso") == std::string::npos);

  struct Formula {
    const char* printed;
    const char* formula;
  };
  const std::vector<Formula> formulas = {
      {"N_Impr_A3.1.2 Numero di utenti raggiunti al 31/12 dell'anno \"n\" / N_ImprAtt Numero imprese attive al 31/12",
       "N_Impr_A3.1.2 / N_ImprAtt"},
      {"( ProvStrut Proventi strutturali (Proventi correnti - Maggiorazione) - OnStrut Oneri strutturali (Costi) ) / "
       "ProvStrut Proventi strutturali",
       "(ProvStrut - OnStrut) / ProvStrut"},
      {"N_Imprese_Dig4.0 N. imprese assistite nell'anno / 100 imprese attive al 31/12",
       "N_Imprese_Dig4.0 / 100 imprese attive al 31/12"},
      {"M_TavoloInfra N. di analisi preliminari", "M_TavoloInfra"},
      // An abbreviation spelled out by the next word is a code; the words before
      // the operator are the first operand.
      {"Patrimonio netto / Immob Immobilizzazioni", "Patrimonio netto / Immob"},
  };
  for (const auto& f : formulas) {
    INFO(f.printed);
    auto got = formula_from_named_measures(f.printed);
    REQUIRE(got);
    CHECK(*got == f.formula);
  }
  CHECK_FALSE(formula_from_named_measures("Bilancio soft skill personale TNO /dipendenti non dirigenti"));
  CHECK(formula_variables("Dip_Welfare / (Unit_Stab + N_Dir)") == std::vector<std::string>{"Dip_Welfare", "Unit_Stab", "N_Dir"});
  CHECK(formula_variables("Patrimonio netto / Immob") == std::vector<std::string>{"Patrimonio netto", "Immob"});
  CHECK(formula_variables("RuoloEsattAP-2 - X_1") == std::vector<std::string>{"RuoloEsattAP-2", "X_1"});
  CHECK(formula_variables("/").empty());
  // A lone x between spaces multiplies; an x inside a code or word does not.
  CHECK(formula_variables("PV_liq30 / PV_tot x 100") == std::vector<std::string>{"PV_liq30", "PV_tot"});
  CHECK(measure_codes("DOM_tel / DOM_tot x 100") == std::vector<std::string>{"DOM_tel", "DOM_tot"});
  CHECK(formula_variables("N_box / tax_x") == std::vector<std::string>{"N_box", "tax_x"});

  CHECK(join_value("<=31/12/\n2017") == "<=31/12/2017");
  CHECK(join_value("<=30/11/\n2017") == "<=30/11/2017");
  CHECK(join_value("31/12/20\n17") == "31/12/2017");
  CHECK(join_value(">=  90,00 %") == ">= 90,00 %");
  // A value over the next sentence's year ("85" / "2022 e almeno") keeps its space.
  CHECK(join_value("85\n2022 e almeno") == "85 2022 e almeno");
  CHECK(join_wrapped("il cluster CCIAA Grandi anno N-\n2") == "il cluster CCIAA Grandi anno N-2");
  CHECK(years_in("Risultato 2017 Target\n2017") == std::vector<int>{2017, 2017});
  CHECK(years_in("31/12/2017 1.419 2023,5").empty());
  CHECK(is_percent_value("16,66%"));
  CHECK(is_percent_value("6,0 %"));
  CHECK_FALSE(is_percent_value(">= 16,66%"));
  CHECK(find_organisation("pubblicato all’Albo Informatico della CCIAA di Massa-Carrara") == "CCIAA di Massa-Carrara");
  CHECK(find_organisation("intervento di CCIAA TNO nelle iniziative").empty());
  CHECK(find_organisation("Camera di Commercio di Piana dell'Olmo Piano 2030") == "Camera di Commercio di Piana dell'Olmo");
  CHECK(find_organisation("Camera di Commercio Industria Artigianato e Agricoltura del Pollino e della Sibaritide") ==
        "Camera di Commercio Industria Artigianato e Agricoltura del Pollino e della Sibaritide");
  // Chambers named after a region or a range: `delle`, `dei`, `degli`.
  CHECK(find_organisation("Camera di Commercio delle Valli Alte") == "Camera di Commercio delle Valli Alte");
  CHECK(find_organisation("CAMERA DI COMMERCIO DEI COLLI BASSI - PIANO 2026") == "Camera di Commercio dei Colli Bassi");
  // Other bodies: names joined by connectors, ended by a dash or a lower-case word.
  CHECK(find_organisation("Ministero delle Foreste e dei Pascoli Alti – Obiettivi 2030") == "Ministero delle Foreste e dei Pascoli Alti");
  CHECK(find_organisation("Azienda per l'Acqua Pubblica di Monte Verde: schede") == "Azienda per l'Acqua Pubblica di Monte Verde");
  CHECK(find_organisation("Città di Borgo Nuovo - Piano esecutivo") == "Città di Borgo Nuovo");
  CHECK(find_organisation("Istituto Nazionale per la Tutela Agraria piano") == "Istituto Nazionale per la Tutela Agraria");
  CHECK(find_organisation("Azienda Sanitaria Locale Val Bassa Relazione 2025") == "Azienda Sanitaria Locale Val Bassa");
  CHECK(find_organisation("Comune di Sant'Ilario in Colle") == "Comune di Sant'Ilario in Colle");
  CHECK(find_organisation("la regione ha stanziato").empty());
  CHECK(find_organisation("d'intesa con l'Agenzia per le Strade Nuove").empty());
  // Printed in capitals: named as a person writes it.
  CHECK(find_organisation("Azienda Pubblica di Servizi alla Persona Giardino dei Tigli") == "Azienda Pubblica di Servizi alla Persona Giardino dei Tigli");
  CHECK(find_organisation("REGIONE VALDARIA") == "Regione Valdaria");
  CHECK(find_organisation("COMUNE DI SAN MARTINO DELL'ARGINE - PIANO ESECUTIVO DI GESTIONE 2026") == "Comune di San Martino dell'Argine");
  CHECK(find_organisation("UNIVERSITÀ DEGLI STUDI DI PIANA ALTA") == "Università degli Studi di Piana Alta");
  CHECK(find_organisation("CAMERA DI COMMERCIO DI PIANA DELL'OLMO PIANO 2030") == "Camera di Commercio di Piana dell'Olmo");
  CHECK(find_organisation("OBIETTIVI STRATEGICI 2026").empty());
  CHECK(find_organisation("REGIONE VALDARIA", /*chambers_only=*/true).empty());
  std::unordered_set<std::string> ids;
  CHECK(unique_id("d1/1.1", ids) == "d1/1.1");
  CHECK(unique_id("d1/1.1", ids) == "d1/1.1-2");
  CHECK(unique_id("d1/1.1", ids) == "d1/1.1-3");
}

// Display strings keep the text as printed; parsing still sees ASCII.
TEST_CASE("genre text: display strings keep quotes, apostrophes, ellipses and dashes", "[genres][text]") {
  CHECK(tidy_printed_text("  l\u2019adozione\u00A0 di  \u201CCabina\u201D\n consumatori\u2026 \u2013 e\uFB03cace\u00AD ") ==
        "l\u2019adozione di \u201CCabina\u201D consumatori\u2026 \u2013 efficace");
  CHECK(join_printed("Grado di coinvolgimento per\nl\u2019adozione di tecnologie") ==
        "Grado di coinvolgimento per l\u2019adozione di tecnologie");
  CHECK(join_wrapped("per\nl\u2019adozione") == "per l'adozione");

  // The parsed (normalised) piece is found back in the printed source.
  const std::string cell = "OC_TD_04 - Grado di coinvolgimento delle imprese per\nl\u2019adozione di tecnologie 4.0";
  const auto coded = parse_code_heading(cell);
  REQUIRE(coded);
  CHECK(coded->title == "Grado di coinvolgimento delle imprese per l'adozione di tecnologie 4.0");
  CHECK(as_printed(coded->title, cell) == "Grado di coinvolgimento delle imprese per l\u2019adozione di tecnologie 4.0");
  const auto heading = parse_numbered_heading("1 - La CCIAA \u201CCabina di Regia\u201D del tessuto");
  REQUIRE(heading);
  CHECK(as_printed(heading->title, "1 - La CCIAA \u201CCabina di Regia\u201D del tessuto") ==
        "La CCIAA \u201CCabina di Regia\u201D del tessuto");
  CHECK(as_printed("(imprese, consumatori...)", "X - (imprese, consumatori\u2026)") == "(imprese, consumatori\u2026)");
  // Half of an ellipsis is not a match: the parsed text comes back unchanged.
  CHECK(as_printed("consumatori..", "consumatori\u2026") == "consumatori..");
  // Text the parser rebuilt (not a span of the source) stays as parsed.
  CHECK(as_printed("N_A / N_B", "N_A Numero / N_B Totale") == "N_A / N_B");
  CHECK(as_printed("", "anything").empty());

  // A printed name with ASCII apostrophes and curly ones mixed keeps both.
  const std::string mixed = "l\u2019adozione e l'adozione";
  CHECK(as_printed(normalize_text(mixed), mixed) == mixed);
}

TEST_CASE("genre text: cuts of display text fall between characters", "[genres][text]") {
  const std::string s = "dell\u2019economia\u2026";  // ’ is 3 bytes at offset 4..6
  for (std::size_t n = 0; n <= s.size() + 1; ++n) {
    INFO(n);
    const auto p = utf8_prefix(s, n);
    CHECK(p.size() <= n);
    CHECK(is_valid_utf8(p));
    const auto q = utf8_suffix(s, n);
    CHECK(q.size() <= n);
    CHECK(is_valid_utf8(q));
  }
  CHECK(utf8_prefix(s, 5) == "dell");
  CHECK(utf8_prefix(s, 7) == "dell\u2019");
  CHECK(utf8_suffix(s, 2).empty());
  CHECK(utf8_suffix(s, 3) == "\u2026");
}

// parse_numbered_heading reads its pattern by hand (std::regex was a tenth
// of an import); the hand reading must agree with the regex on every text,
// including the ones where the regex backtracks (no title left, a line
// break in the title, a dash or a letter segment at the very end).
TEST_CASE("genre text: the numbered heading read by hand agrees with its regex", "[genres][text][property]") {
  const std::vector<std::string> pieces = {"1", "2", "12", "123", "0", ".", ".", " ", "  ", "\t", "\n", "-", "\xE2\x80\x93",
                                           "\xE2\x80\x94", ":", "a", "B", "z", "Titolo", "\xC3\xA8", "\"", "%", "N.", "gg", ",",
                                           "\xE2\x80\x9C", "\r", "x1"};
  std::mt19937 random(20261207);
  int compared = 0, matched = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const int count = 1 + static_cast<int>(random() % 7);
    // Most real headings open with a digit: so do most of these texts.
    if (random() % 4 != 0) text += pieces[random() % 4];
    for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    INFO(text);
    const auto by_hand = detail::numbered_parts(text);
    const auto by_regex = detail::numbered_parts_by_regex(text);
    REQUIRE(by_hand.has_value() == by_regex.has_value());
    if (by_hand) {
      CHECK(*by_hand == *by_regex);
      ++matched;
    }
    ++compared;
  }
  // A small letter right after the number is the code's before a dash only
  // ("1a – Migliorare ..."; "1a edizione" is an ordinal, no code).
  const auto lettered = detail::numbered_parts("1a \xE2\x80\x93 Migliorare le carriere");
  REQUIRE(lettered);
  CHECK(lettered->code == "1a");
  CHECK(lettered->title == "Migliorare le carriere");
  CHECK_FALSE(parse_numbered_heading("1a edizione del corso"));
  // The generator must reach both answers often, or the test proves little.
  CHECK(compared == 20000);
  CHECK(matched > 5000);
  CHECK(compared - matched > 5000);
}

TEST_CASE("genre text: codes opening with letters have a depth", "[genres][text]") {
  CHECK(lettered_code_depth("A.1") == 2);
  CHECK(lettered_code_depth("A.1.b") == 3);
  CHECK(lettered_code_depth(" OS.1.2 ") == 3);
  CHECK(lettered_code_depth("B2.1") == 2);
  for (const char* other : {"A", "OB_02", "N.", "ab.cd", "1.1", "A.b", "Euro.100", "A.1.234", "art.5 comma", ""}) {
    INFO(other);
    CHECK(lettered_code_depth(other) == 0);
  }
}
