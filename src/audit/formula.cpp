#include "audit/formula.hpp"

#include <cctype>

namespace allegato {
namespace {

bool is_operator(char c) { return c == '/' || c == '*' || c == '+' || c == '-' || c == ':'; }

}  // namespace

FormulaShape read_formula(const std::string& formula) {
  FormulaShape shape;
  // Tokens: 'o' operand, an operator char, '(' or ')'.
  std::vector<char> kinds;
  std::string current;
  bool current_has_space = false;
  shape.coded = true;
  auto flush = [&] {
    while (!current.empty() && current.back() == ' ') current.pop_back();
    if (current.empty()) return;
    shape.operands.push_back(current);
    if (current_has_space || current.find(' ') != std::string::npos) shape.coded = false;
    kinds.push_back('o');
    current.clear();
    current_has_space = false;
  };
  for (std::size_t i = 0; i < formula.size(); ++i) {
    const char c = formula[i];
    const bool prev_word = i > 0 && !std::isspace(static_cast<unsigned char>(formula[i - 1])) &&
                           formula[i - 1] != '(' && formula[i - 1] != ')';
    const bool next_word = i + 1 < formula.size() && !std::isspace(static_cast<unsigned char>(formula[i + 1])) &&
                           formula[i + 1] != '(' && formula[i + 1] != ')';
    if (c == '(' || c == ')') {
      flush();
      kinds.push_back(c);
    } else if (c == '/' || c == '*' || c == '+' || c == '-' || c == ':') {
      // A '-' with no space on either side joins a code ("Dip-Form").
      if (c == '-' && prev_word && next_word) {
        current += c;
        continue;
      }
      flush();
      kinds.push_back(c);
      shape.operators += c;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      if (!current.empty()) current += ' ';
    } else {
      current += c;
    }
  }
  flush();
  if (shape.operands.empty()) shape.coded = false;

  int depth = 0;
  char previous = '(';  // the start behaves like an opening bracket
  for (char k : kinds) {
    const bool op = is_operator(k);
    if (k == '(') ++depth;
    if (k == ')') {
      if (--depth < 0) shape.unbalanced = true;
      if (previous == '(' || is_operator(previous)) shape.missing_operand = true;
    }
    // A binary operator needs an operand before it; a leading '-' is a sign.
    if (op && (previous == '(' || is_operator(previous)) && !(k == '-' && previous == '('))
      shape.missing_operand = true;
    previous = k;
  }
  if (is_operator(previous)) shape.missing_operand = true;
  if (depth != 0) shape.unbalanced = true;
  return shape;
}

}  // namespace allegato
