#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "audit_fixtures.hpp"

using namespace allegato;
using namespace allegato::testing;

namespace {

Model plan_and_pira(const std::string& pira_weight, const std::string& pira_target_2024) {
  ModelBuilder b;
  for (int k = 0; k < 2; ++k) {
    auto d = b.doc(k == 0 ? "plan" : "pira");
    b.node(d, "OS_2.2", "", "100,00%", "strategic");
    auto& i = b.indicator(d + "/OS_2.2", "OC_TD_01", k == 0 ? "100,00%" : pira_weight, "N.");
    i.targets = targets({">= 500,00 N.", k == 0 ? ">= 500,00 N." : pira_target_2024, ">= 500,00 N."}, 2023);
  }
  return b.model;
}

}  // namespace

TEST_CASE("reconcile links the same code across documents", "[audit][reconcile]") {
  Model m = plan_and_pira("100,00%", ">= 500 N.");
  reconcile(m);
  REQUIRE(m.links.size() == 2);  // the objective and the indicator
  CHECK(m.links[0].a == "d1/OS_2.2");
  CHECK(m.links[0].b == "d2/OS_2.2");
  CHECK(m.links[0].method == "code");
  CHECK(m.links[1].a == "d1/OS_2.2/OC_TD_01");
  CHECK(audit(m).empty());  // 500 and 500,00 are one target
}

TEST_CASE("weight.conflict and target.conflict over linked indicators", "[audit][reconcile]") {
  auto all = audited(plan_and_pira("90,00%", ">= 450,00 N."));
  CHECK(has(all, "weight.conflict", "d2/OS_2.2/OC_TD_01"));
  auto t = of_rule(all, "target.conflict");
  REQUIRE(t.size() == 1);
  CHECK(t[0].actual == "2024: \">= 500,00 N.\" in d1 vs \">= 450,00 N.\" in d2");
  CHECK(t[0].sources.size() == 2);
}

TEST_CASE("indicator.conflict: one code, different names or formulas", "[audit][reconcile]") {
  Model m = plan_and_pira("100,00%", ">= 500,00 N.");
  m.indicators[0].formula = "N_self-ass_PID";
  m.indicators[1].formula = "N_self-ass_PID";
  m.indicators[1].name = "Indicatore OC_TD_01 ";  // same words
  CHECK(audited(m).empty());
  m.indicators[1].formula = "N_PC_Port / N_Dip";
  CHECK(has(audited(m), "indicator.conflict", "d2/OS_2.2/OC_TD_01"));
  m.indicators[1].formula = "N_self-ass_PID";
  m.indicators[1].name = "PC portatili a disposizione dei dipendenti";
  CHECK(has(audited(m), "indicator.conflict", "d2/OS_2.2/OC_TD_01"));
}

TEST_CASE("reconcile links a dashboard row without code by its name", "[audit][reconcile]") {
  ModelBuilder b;
  auto d1 = b.doc("plan");
  b.node(d1, "2.1.3", "", "100,00%");
  auto& coded = b.indicator(d1 + "/2.1.3", "Percent_CustomerEnte", "100,00%", "%");
  coded.name = "Valutazione (giudizio: buono o +) di customer satisfaction sulle attività realizzate dalla Camera";
  coded.targets = targets({">= 70,00 %"}, 2023);
  auto d2 = b.doc("dashboard", {2023});
  b.node(d2, "cruscotto", "", "100,00%");
  auto& row = b.indicator(d2 + "/cruscotto", "", "", "%");
  row.id = d2 + "/cruscotto/customer";
  row.name = "Valutazione giudizio buono o + customer satisfaction sulle attivita' realizzate dalla Camera";
  row.targets = targets({">= 75,00 %"}, 2023);
  auto& other = b.indicator(d2 + "/cruscotto", "", "", "%");
  other.id = d2 + "/cruscotto/other";
  other.name = "Numero di pratiche del registro imprese evase entro cinque giorni";
  b.model.nodes.back().weight.reset();
  Model m = b.model;
  reconcile(m);
  std::vector<Link> by_name;
  for (const auto& l : m.links)
    if (l.method == "name") by_name.push_back(l);
  REQUIRE(by_name.size() == 1);
  CHECK(by_name[0].a == "d1/2.1.3/Percent_CustomerEnte");
  CHECK(by_name[0].b == "d2/cruscotto/customer");
  CHECK(by_name[0].confidence >= kNameLinkThreshold);
  CHECK(has(audit(m), "target.conflict", "d2/cruscotto/customer"));
}

TEST_CASE("name similarity", "[audit][reconcile]") {
  CHECK(name_similarity("Qualità dei servizi", "Qualita' servizi") == 1.0);
  CHECK(name_similarity("Numero newsletter inviate", "Numero newsletters inviate nell'anno") < kNameLinkThreshold);
  CHECK(name_similarity("", "x") == 0.0);
}

TEST_CASE("assignment annex: one indicator under several units", "[audit][reconcile]") {
  ModelBuilder b;
  auto d = b.doc("assignment", {2023});
  for (const std::string unit : {"Area Anagrafe", "Area Promozione"}) {
    auto& u = b.node(d, unit == "Area Anagrafe" ? "U1" : "U2", "", "", "unit");
    u.title = unit;
    const std::string uid = u.id;
    // Each unit weighs the objective its own way: not a conflict.
    b.node(d, uid.substr(3) + "-1.1", uid, "100,00%").code = "1.1";
    // ... and its indicators too: one indicator in the first unit, two here.
    const bool first = unit == "Area Anagrafe";
    auto& i = b.indicator(d + "/" + uid.substr(3) + "-1.1", "B3.1_02", first ? "100,00%" : "50,00%", "%");
    i.targets = targets({first ? ">= 90 %" : ">= 85 %"}, 2023);
    if (!first) b.indicator(d + "/U2-1.1", "Altro", "50,00%", "%");
  }
  Model m = b.model;
  reconcile(m);
  CHECK(m.links.size() == 2);  // objective 1.1 and indicator B3.1_02 across units
  CHECK(m.links[1].b == "d1/U2-1.1/B3.1_02");
  auto all = audit(m);
  CHECK(of_rule(all, "weight.conflict").empty());
  CHECK(has(all, "target.conflict", "d1/U2-1.1/B3.1_02"));
}

TEST_CASE("weight.conflict within one unit across documents", "[audit][reconcile]") {
  ModelBuilder b;
  for (const std::string weight : {"60,00%", "70,00%"}) {
    auto d = b.doc("assignment", {2023});
    auto& n = b.node(d, "2.1.1", "", weight);
    n.unit = "Servizio Promozione";
  }
  auto all = audited(b.model);
  CHECK(has(all, "weight.conflict", "d2/2.1.1"));
  b.model.nodes[1].unit = "Servizio Registro Imprese";
  CHECK(of_rule(audited(b.model), "weight.conflict").empty());
}

TEST_CASE("documents of different bodies never link, other cycles keep their weights", "[audit][reconcile]") {
  Model m = plan_and_pira("90,00%", ">= 450,00 N.");
  m.documents[0].organisation = "CCIAA di Massa-Carrara";
  m.documents[1].organisation = "Camera di Commercio di Massa Carrara";
  reconcile(m);
  CHECK(m.links.size() == 2);  // one body, however it is spelled
  m.documents[1].organisation = "CCIAA Toscana Nord Ovest";
  reconcile(m);
  CHECK(m.links.empty());      // national codes (OC_TD_01) are shared by every chamber
  CHECK(of_rule(audit(m), "target.conflict").empty());
  CHECK(of_rule(audit(m), "weight.conflict").empty());
  m.documents[1].organisation.clear();
  reconcile(m);
  CHECK(m.links.size() == 2);  // the only body named
  m.documents[1].years = {2019, 2020, 2021};
  auto all = audit(m);
  CHECK(of_rule(all, "weight.conflict").empty());  // another planning cycle may weigh differently
}

namespace {
// The links by name a scan of every pair makes (the algorithm before the
// word index), for indicators without codes in documents without units.
std::vector<Link> name_links_by_pairs(const Model& m) {
  std::vector<Link> links;
  std::set<std::pair<std::string, std::string>> done;
  for (std::size_t i = 0; i < m.indicators.size(); ++i) {
    const auto& a = m.indicators[i];
    std::map<std::string, std::pair<double, std::size_t>> best;
    for (std::size_t j = 0; j < m.indicators.size(); ++j) {
      const auto& b = m.indicators[j];
      if (b.doc == a.doc) continue;
      const double s = name_similarity(a.name, b.name);
      if (s < kNameLinkThreshold) continue;
      auto it = best.find(b.doc);
      if (it == best.end() || s > it->second.first) best[b.doc] = {s, j};
    }
    for (const auto& [doc, hit] : best) {
      const auto& other = m.indicators[hit.second];
      if (!done.insert({std::min(other.id, a.id), std::max(other.id, a.id)}).second) continue;
      links.push_back({other.id, a.id, "name", static_cast<int>(hit.first * 100 + 0.5) / 100.0});
    }
  }
  return links;
}
}  // namespace

TEST_CASE("links by name through the word index are those of a scan of every pair", "[audit][reconcile]") {
  // Names from a small vocabulary, so that many are alike, some tie, some match exactly.
  const std::vector<std::string> words = {"tempo",  "medio",    "pagamento", "fatture", "pratiche", "evase",
                                          "utenti", "soddisfatti", "servizi",  "digitali", "entro",   "giorni"};
  ModelBuilder b;
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) % words.size(); };
  for (int d = 0; d < 3; ++d) {
    auto doc = b.doc("plan");
    b.node(doc, "OS_1", "", "", "strategic");
    for (int k = 0; k < 60; ++k) {
      auto& ind = b.indicator(doc + "/OS_1", "X" + std::to_string(k));
      ind.code.clear();
      ind.name.clear();
      const int n = 2 + static_cast<int>(next() % 3);
      for (int w = 0; w < n; ++w) ind.name += (w ? " " : "") + words[next()];
    }
  }
  Model m = b.model;
  reconcile(m);
  std::vector<Link> by_name;
  for (const auto& l : m.links)
    if (l.method == "name") by_name.push_back(l);
  const auto expected = name_links_by_pairs(m);
  CHECK(by_name.size() > 20);
  CHECK(by_name == expected);
}

TEST_CASE("indicator.conflict: one code under two objectives of one document, a numbering never", "[audit][reconcile]") {
  ModelBuilder b;
  auto d = b.doc("plan");
  b.node(d, "1.1", "", "50,00%");
  b.node(d, "1.2", "", "50,00%");
  auto& first = b.indicator(d + "/1.1", "PRV-04", "100,00%", "%");
  first.name = "Pratiche evase nei termini";
  first.formula = "N_evase / N_ricevute";
  auto& again = b.indicator(d + "/1.2", "PRV-04", "100,00%", "%");
  again.name = "Pratiche evase nei termini";
  again.formula = "N_evase / N_ricevute";
  CHECK(!has(audited(b.model), "indicator.conflict", again.id));
  b.model.indicators[1].formula = "N_evase / N_totali";
  CHECK(has(audited(b.model), "indicator.conflict", b.model.indicators[1].id));
  // "1" under each objective is a position, not an identifier.
  b.model.indicators[0].code = "1";
  b.model.indicators[1].code = "1";
  b.model.indicators[1].name = "Altro indicatore del tutto diverso";
  CHECK(!has(audited(b.model), "indicator.conflict", b.model.indicators[1].id));
}

TEST_CASE("indicator.conflict: one code twice in one list under one node names one indicator", "[audit][reconcile]") {
  ModelBuilder b;
  auto d = b.doc("list");
  b.node(d, "A", "", "");
  auto& first = b.indicator(d + "/A", "NAV 2.03", "", "N.");
  first.name = "Ispezioni a bordo delle unità da passeggeri in servizio di linea";
  auto& again = b.indicator(d + "/A", "NAV 2.03", "", "N.");
  again.name = "Ispezioni a bordo  delle unità da passeggeri in servizio di linea";  // spacing only
  CHECK(!has(audited(b.model), "indicator.conflict", again.id));
  b.model.indicators[1].name = "Ispezioni a bordo delle unità...";  // cut short
  CHECK(!has(audited(b.model), "indicator.conflict", b.model.indicators[1].id));
  // Names alike but not the same: two indicators sharing one code.
  b.model.indicators[1].name = "Ispezioni a bordo delle unità da diporto noleggiate";
  CHECK(has(audited(b.model), "indicator.conflict", b.model.indicators[1].id));
}
