#include <catch2/catch.hpp>

#include "genres/genre_text.hpp"
#include "genres/recognisers.hpp"

using namespace allegato;
using namespace allegato::genres;

// Titles go through normalize_text: curly quotes print as ASCII ones.
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

  CHECK(join_value("<=31/12/\n2017") == "<=31/12/2017");
  CHECK(join_value("<=30/11/\n2017") == "<=30/11/2017");
  CHECK(join_value("31/12/20\n17") == "31/12/2017");
  CHECK(join_value(">=  90,00 %") == ">= 90,00 %");
  CHECK(join_wrapped("il cluster CCIAA Grandi anno N-\n2") == "il cluster CCIAA Grandi anno N-2");
  CHECK(years_in("Risultato 2017 Target\n2017") == std::vector<int>{2017, 2017});
  CHECK(years_in("31/12/2017 1.419 2023,5").empty());
  CHECK(is_percent_value("16,66%"));
  CHECK(is_percent_value("6,0 %"));
  CHECK_FALSE(is_percent_value(">= 16,66%"));
  CHECK(find_organisation("pubblicato all’Albo Informatico della CCIAA di Massa-Carrara") == "CCIAA di Massa-Carrara");
  CHECK(find_organisation("intervento di CCIAA TNO nelle iniziative").empty());
  std::vector<std::string> ids;
  CHECK(unique_id("d1/1.1", ids) == "d1/1.1");
  CHECK(unique_id("d1/1.1", ids) == "d1/1.1-2");
}
