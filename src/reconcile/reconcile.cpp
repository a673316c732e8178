// reconcile(): links the same node/indicator across documents and
// organisational units, first by code, then (where one side prints no code,
// as dashboards do) by name similarity above kNameLinkThreshold.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "audit/audit.hpp"
#include "audit/audit_support.hpp"
#include "reconcile/similarity.hpp"
#include "values/text.hpp"

namespace allegato {
namespace {

// One linkable entity: a node or an indicator in its context.
struct Entity {
  std::string id;
  std::string code;
  std::string name;
  std::string context;  // document + organisational unit
  std::string body;     // the organisation, as organisation_key()
};

std::string round_key(double x) { return std::to_string(static_cast<int>(x * 100 + 0.5)); }

// Two bodies' documents never link: chambers share national indicator
// codes (EC27, OC_TD_01) and a store holds several chambers side by side.
// The words every chamber's name has do not tell them apart.
std::string organisation_key(const std::string& organisation) {
  static const std::set<std::string> generic = {"cciaa", "camera", "commercio", "industria", "artigianato",
                                                "agricoltura", "ente", "azienda", "speciale", "c", "i", "a"};
  // Words of the document, not of the body: a running header joins "Camera
  // di Commercio di Pisa" with "PIAO 2025-2027 - Allegato 2".
  static const std::set<std::string> document_words = {
      "piao", "allegato", "allegati", "piano", "performance", "relazione", "pira", "sezione", "anno", "anni",
      "triennio", "cruscotto", "obiettivi", "indicatori", "aggiornamento", "integrato", "attivita", "organizzazione"};
  static const std::set<std::string> joining = {"di", "del", "della", "dei", "delle", "degli", "e", "ed", "la", "il"};
  std::string key;
  std::istringstream words(fold_for_matching(organisation));
  for (std::string w; words >> w;) {
    if (joining.count(w)) continue;
    if (document_words.count(w) || (w.size() == 4 && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0) &&
                                    std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })))
      break;  // the body's name ended
    if (!generic.count(w)) key += (key.empty() ? "" : " ") + w;
  }
  return key;
}

void link_by_code(const std::vector<Entity>& entities, std::vector<Link>& links) {
  // The k-th occurrence of a code in one context pairs with the k-th in
  // another: a plan that lists objective 2.1 under two perspectives must not
  // cross-compare them.
  std::map<std::string, std::map<std::string, int>> seen;  // code -> context -> count
  std::map<std::string, std::string> first;                 // code#k -> first id
  std::map<std::string, std::set<std::string>> contexts;    // code#k -> contexts seen
  for (const auto& e : entities) {
    if (e.code.empty()) continue;
    const int k = seen[e.code][e.context]++;
    const std::string key = e.body + "|" + e.code + "#" + std::to_string(k);
    auto it = first.find(key);
    if (it == first.end()) {
      first[key] = e.id;
      contexts[key].insert(e.context);
      continue;
    }
    if (!contexts[key].insert(e.context).second) continue;
    links.push_back({it->second, e.id, "code", 1.0});
  }
}

void link_by_name(const std::vector<Entity>& entities, std::vector<Link>& links) {
  std::vector<std::set<std::string>> words;
  words.reserve(entities.size());
  for (const auto& e : entities) words.push_back(similarity_words(e.name));
  std::set<std::pair<std::string, std::string>> done;
  for (const auto& l : links) done.insert({std::min(l.a, l.b), std::max(l.a, l.b)});
  // Two names are alike only if they share a word (the threshold is above
  // zero), so candidates come from an index of words, by body and context,
  // instead of every pair: a 50,000-row sheet in one context has none.
  static_assert(kNameLinkThreshold > 0);
  using Postings = std::unordered_map<std::string, std::vector<std::size_t>>;  // context -> entities
  std::unordered_map<std::string, std::unordered_map<std::string, Postings>> index;  // body -> word -> ...
  for (std::size_t j = 0; j < entities.size(); ++j)
    for (const auto& w : words[j]) index[entities[j].body][w][entities[j].context].push_back(j);
  std::unordered_map<std::size_t, std::size_t> common;  // candidate -> words shared
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (!entities[i].code.empty() || words[i].empty()) continue;
    const auto& by_word = index[entities[i].body];
    common.clear();
    for (const auto& w : words[i]) {
      auto postings = by_word.find(w);
      if (postings == by_word.end()) continue;
      for (const auto& [context, list] : postings->second) {
        if (context == entities[i].context) continue;
        for (std::size_t j : list) ++common[j];
      }
    }
    candidates.clear();
    for (const auto& [j, n] : common) candidates.push_back(j);
    // In entity order, so that ties go to the first, as a scan of every pair would.
    std::sort(candidates.begin(), candidates.end());
    // Best candidate per other context.
    std::map<std::string, std::pair<double, std::size_t>> best;
    for (std::size_t j : candidates) {
      const double s = 2.0 * static_cast<double>(common[j]) / static_cast<double>(words[i].size() + words[j].size());
      if (s < kNameLinkThreshold) continue;
      auto it = best.find(entities[j].context);
      if (it == best.end() || s > it->second.first) best[entities[j].context] = {s, j};
    }
    for (const auto& [context, hit] : best) {
      const auto& other = entities[hit.second];
      const auto key = std::make_pair(std::min(other.id, entities[i].id), std::max(other.id, entities[i].id));
      if (!done.insert(key).second) continue;
      const double confidence = std::stod(round_key(hit.first)) / 100.0;
      links.push_back({other.id, entities[i].id, "name", confidence});
    }
  }
}

// An info diagnostic, once per document however often reconcile runs.
void note_assumed_body(Model& model, const Document& d, const LocalMessage& what) {
  const std::string code = "reconcile.organisation_assumed";
  for (const auto& existing : model.diagnostics)
    if (existing.code == code && existing.where.doc == d.id) return;
  Diagnostic diag;
  diag.severity = Severity::info;
  diag.code = code;
  diag.text = LocalMessage(N_("{doc} ({path}) {what}")).set("doc", d.id).set("path", d.path).set("what", Phrase().message(what));
  diag.message = diag.text.render_english();
  diag.where.doc = d.id;
  model.diagnostics.push_back(std::move(diag));
}

}  // namespace

void reconcile(Model& model) {
  fill_polarity(model);
  model.links.clear();
  const audit_detail::ModelIndex index(model);
  // Documents of one body link; another body's documents never do. A
  // document that names no body joins the only body the others name, or
  // stays alone when they name several (a store of many chambers).
  std::map<std::string, std::string> body_of;
  std::set<std::string> named;
  for (const auto& d : model.documents)
    if (!organisation_key(d.organisation).empty()) named.insert(organisation_key(d.organisation));
  for (const auto& d : model.documents) {
    const std::string key = organisation_key(d.organisation);
    if (!key.empty()) {
      body_of[d.id] = key;
    } else if (named.size() <= 1) {
      body_of[d.id] = named.empty() ? "" : *named.begin();
      // Say so: if the guess is wrong, every conflict found with the other
      // body's documents is a false alarm.
      if (!named.empty()) {
        std::string body;
        for (const auto& other : model.documents)
          if (organisation_key(other.organisation) == *named.begin()) body = other.organisation;
        note_assumed_body(model, d,
                          LocalMessage(N_("compared with the documents of {body} as if it were the same body, since "
                                          "it names none; if it is another body's, audit it apart"))
                              .set("body", body));
      }
    } else {
      body_of[d.id] = "?" + d.id;
      note_assumed_body(model, d,
                        LocalMessage(N_("not compared with the other documents: it names no organisation and they "
                                        "name several; audit it together with its own body's documents")));
    }
  }
  std::vector<Entity> nodes, indicators;
  for (const auto& n : model.nodes) {
    if (n.level == "unit") continue;  // the unit itself is the context, not an objective
    nodes.push_back({n.id, n.code, n.title, n.doc + "|" + index.unit_scope_of_node(n.id), body_of[n.doc]});
  }
  for (const auto& i : model.indicators)
    indicators.push_back({i.id, i.code, i.name, i.doc + "|" + index.unit_scope_of_node(i.node), body_of[i.doc]});
  std::vector<Link> links;
  link_by_code(nodes, links);
  link_by_name(nodes, links);
  std::vector<Link> indicator_links;
  link_by_code(indicators, indicator_links);
  link_by_name(indicators, indicator_links);
  links.insert(links.end(), indicator_links.begin(), indicator_links.end());
  model.links = std::move(links);
}

}  // namespace allegato
