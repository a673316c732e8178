#include <catch2/catch.hpp>

#include "audit/formula.hpp"
#include "audit_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;

TEST_CASE("formula reading", "[audit][formula]") {
  CHECK(read_formula("N_PC_Port /").missing_operand);
  CHECK(read_formula("/").missing_operand);
  CHECK(read_formula("/").operands.empty());
  CHECK(read_formula("A / * B").missing_operand);
  CHECK(read_formula("A / ()").missing_operand);
  CHECK(read_formula("(A / B").unbalanced);
  for (const char* ok : {"BilCons_DA_Inc / BilCons_DA", "Dip-Form / (Unit_Stab + N_Dir)",
                         "(ProvStrut - OnStrut) / ProvStrut", "N_Imprese_Dig4.0 / N_ImprAtt",
                         "- MS_DAParetoD", "N. PC portatili a disposizione dei dipendenti / N. totale dipendenti (escluso SG)",
                         "M_RuoloEsattAP-2"}) {
    INFO(ok);
    auto s = read_formula(ok);
    CHECK(!s.missing_operand);
    CHECK(!s.unbalanced);
  }
  CHECK(read_formula("Dip-Form / (Unit_Stab + N_Dir)").operands.size() == 3);
  CHECK(read_formula("BilCons_DA_Inc / BilCons_DA").coded);
  CHECK(!read_formula("N. totale dipendenti / N. PC").coded);
}

TEST_CASE("formula.incomplete positive and negative (seed 000 N_PC_Port /)", "[audit][formula]") {
  ModelBuilder b;
  auto d = b.doc();
  b.node(d, "2.2.2", "", "100,00%");
  b.indicator(d + "/2.2.2", "PC_Port", "50,00%").formula = "N_PC_Port /";
  b.indicator(d + "/2.2.2", "B3.1_02", "50,00%").formula = "BilCons_DA_Inc / BilCons_DA";
  auto all = audited(b.model);
  REQUIRE(of_rule(all, "formula.incomplete").size() == 1);
  CHECK(has(all, "formula.incomplete", "d1/2.2.2/PC_Port"));
}

TEST_CASE("resources.sum positive and negative", "[audit][resources]") {
  ModelBuilder b;
  auto d = b.doc();
  b.node(d, "1", "", "100,00%", "area").resources = {num("6.068.497,82 Euro")};
  b.node(d, "1.1", d + "/1", "50,00%", "strategic").resources = {num("3.020.679,80 Euro")};
  b.node(d, "1.2", d + "/1", "50,00%", "strategic").resources = {num("3.047.818,02 Euro")};
  CHECK(audited(b.model).empty());
  b.model.nodes.back().resources = {num("3.047.818,20 Euro")};
  auto f = of_rule(audited(b.model), "resources.sum");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "6068497.82");
  CHECK(f[0].actual == "6068498.00");
  // A parent whose children do not all print resources is not a total.
  b.model.nodes.back().resources.clear();
  CHECK(audited(b.model).empty());
}

TEST_CASE("resources.sum against a total the document prints for itself", "[audit][resources]") {
  ModelBuilder b;
  auto d = b.doc();
  b.node(d, "1", "", "", "strategic").resources = {num("€ 100,00")};
  b.node(d, "2", "", "", "strategic").resources = {num("€ 50,00")};
  b.node(d, "2.1", d + "/2", "", "operational").resources = {num("€ 50,00")};  // counted in 2
  b.model.documents[0].totals.push_back({"TOTALE GENERALE", "resources", num("€ 150,00")});
  CHECK(of_rule(audited(b.model), "resources.sum").empty());
  b.model.documents[0].totals[0].number = num("€ 165,00");
  auto f = of_rule(audited(b.model), "resources.sum");
  REQUIRE(f.size() == 1);
  CHECK(f[0].subject == d + "/totale-generale");
  CHECK(f[0].expected == "165.00");
  CHECK(f[0].actual == "150.00");
}

TEST_CASE("text.truncated positive and negative", "[audit][text]") {
  ModelBuilder b;
  auto d = b.doc("plan", {});  // no plan years: an indicator without targets is not target.missing here
  b.node(d, "2.1.3", "", "100,00%").title = "Migliorare la qualita' dei servizi e";
  auto& i = b.indicator(d + "/2.1.3", "Percent_Custom_Inzia", "100,00%");
  i.name = "customer satisfaction su singole iniziative e stakeholder servizi interni (";
  auto all = audited(b.model);
  CHECK(has(all, "text.truncated", "d1/2.1.3"));
  CHECK(has(all, "text.truncated", "d1/2.1.3/Percent_Custom_Inzia"));
  b.model.nodes.back().title = "Migliorare la qualita' dei servizi";
  b.model.indicators.back().name = "Indicatore Sollecit_DA";
  CHECK(audited(b.model).empty());
  b.model.indicators.back().name = "Indicatore 1 A";
  CHECK(audited(b.model).empty());
}

TEST_CASE("weight.sum: top-level objectives assigned to units without a node of them are weighed per unit", "[audit][weights]") {
  ModelBuilder b;
  auto d = b.doc("assignment", {2025});
  b.node(d, "OB.1", "", "60%").unit = "Responsabile Utenza";
  b.model.nodes.back().id = d + "/ru/OB.1";
  b.node(d, "OB.2", "", "50%").unit = "Responsabile Utenza";
  b.model.nodes.back().id = d + "/ru/OB.2";
  b.node(d, "OB.2", "", "100%").unit = "Dirigente Area Tecnica";
  b.model.nodes.back().id = d + "/dat/OB.2";
  const auto f = of_rule(audited(b.model), "weight.sum");
  REQUIRE(f.size() == 1);
  CHECK(f[0].subject == "Responsabile Utenza");
}
