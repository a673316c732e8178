#pragma once
/// Reading an indicator's formula ("Algoritmo") just enough to audit it.
#include <string>
#include <vector>

namespace allegato {

struct FormulaShape {
  std::vector<std::string> operands;   ///< "BilCons_DA_Inc", "(ProvStrut - OnStrut)" is two
  std::string operators;               ///< the binary operators in order: "/", "-/"
  bool missing_operand = false;        ///< an operator with nothing on one side, "()"
  bool unbalanced = false;             ///< brackets that do not close
  bool coded = false;                  ///< every operand is one code-like word (no spaces)
};

/// Splits a formula into operands and operators. A '-' inside a word
/// ("Dip-Form", "N_self-ass_PID") belongs to the word; words separated by
/// spaces form one operand ("N. totale dipendenti").
FormulaShape read_formula(const std::string& formula);

}  // namespace allegato
