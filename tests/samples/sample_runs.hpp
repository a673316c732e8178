#pragma once
// Running the pipeline on a sample and measuring it: the model, its
// comparison with truth.json, and the share of words that ended in an entity.
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/pipeline.hpp"
#include "genres/text_stream.hpp"
#include "test_support.hpp"
#include "truth_compare.hpp"

namespace allegato::testing {

/// The sample's input file: input.pdf, or the first input.* there is.
inline std::filesystem::path sample_input(const std::string& name, const std::string& ext = "") {
  const auto dir = samples_dir() / name;
  if (!ext.empty()) return dir / ("input." + ext);
  if (std::filesystem::exists(dir / "input.pdf")) return dir / "input.pdf";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().stem() == "input") return e.path();
  }
  return dir / "input.pdf";
}

/// Imports one file without the audit, with paths relative to the repository
/// root so that expected files do not depend on where the tree lives.
inline Model import_sample(const std::filesystem::path& input) {
  ImportOptions options;
  options.audit = false;
  Model m = import_files({input.string()}, options);
  const auto rel = std::filesystem::relative(input, source_dir()).generic_string();
  for (auto& d : m.documents) d.path = rel;
  return m;
}

struct WordShare {
  std::size_t total = 0, unassigned = 0, marked = 0;  // marked: header or boilerplate
  double assigned() const { return total == 0 ? 1.0 : 1.0 - static_cast<double>(unassigned + marked) / static_cast<double>(total); }
  double accounted() const { return total == 0 ? 1.0 : 1.0 - static_cast<double>(unassigned) / static_cast<double>(total); }
};

/// Words of the extracted document against words left unassigned.
inline WordShare word_share(const std::filesystem::path& input, const Model& model) {
  ImportOptions options;
  const auto doc = extract_document(input.string(), options);
  WordShare s;
  for (const auto& t : doc.tables) {
    for (const auto& c : t.cells) s.total += genres::count_words(c.text);
  }
  for (const auto& l : doc.lines) s.total += genres::count_words(l.text);
  for (const auto& u : model.unassigned) {
    (u.role.empty() ? s.unassigned : s.marked) += genres::count_words(u.text);
  }
  return s;
}

inline void print_comparison(const std::string& name, const TruthComparison& c, std::size_t max_lines = 12) {
  std::cout << name << ":\n";
  for (const auto& [family, s] : c.fields) {
    std::cout << "  " << family << ": P " << s.precision() << " R " << s.recall() << " (" << s.shared << " shared, "
              << s.truth << " truth, " << s.model << " model)\n";
  }
  const auto t = c.total();
  std::cout << "  TOTAL: P " << t.precision() << " R " << t.recall() << "\n";
  for (std::size_t i = 0; i < c.missing.size() && i < max_lines; ++i) std::cout << "  missing " << c.missing[i] << "\n";
  for (std::size_t i = 0; i < c.extra.size() && i < max_lines; ++i) std::cout << "  extra   " << c.extra[i] << "\n";
}

}  // namespace allegato::testing
