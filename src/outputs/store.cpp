#include "outputs/store.hpp"
// PLACEHOLDER: replaced by the outputs work.
namespace allegato {
void store_model(const std::string& db_path, const Model&) {
  throw ImportError("store.unsupported", db_path, "the SQLite store is not implemented yet");
}
Model load_store(const std::string& db_path) {
  throw ImportError("store.unsupported", db_path, "the SQLite store is not implemented yet");
}
}  // namespace allegato
