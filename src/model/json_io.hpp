#pragma once
/// The contract's JSON: a deterministic writer (same model, same bytes) and a
/// reader, so that a model can be saved, compared and read back.
#include <iosfwd>
#include <string>

#include <nlohmann/json.hpp>

#include "model/model.hpp"

namespace allegato {

using Json = nlohmann::ordered_json;

Json to_json(const Number& n);
Json to_json(const Target& t);
Json to_json(const Source& s);
Json to_json(const Diagnostic& d);
Json to_json(const Model& m);

/// Throws ImportError("json.invalid") naming the field that is wrong.
Model model_from_json(const Json& j);
Number number_from_json(const Json& j);
Target target_from_json(const Json& j);
Source source_from_json(const Json& j);

/// Pretty (2-space indent) with a final newline, keys in contract order.
std::string write_model_json(const Model& m);
/// The same bytes, written as they are made: the model is never held as a
/// JSON tree (a 500,000-cell sheet's tree took more memory than the model).
void write_model_json(const Model& m, std::ostream& out);
/// Reads a model written by write_model_json (or any contract JSON).
Model read_model_json(const std::string& text, const std::string& file = {});

}  // namespace allegato
