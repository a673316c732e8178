#include "app/args.hpp"

#include <charconv>

#include "core/diagnostics.hpp"
#include "i18n/i18n.hpp"

namespace allegato {

Args::Args(const std::string& command, const std::vector<std::string>& words,
           const std::vector<OptionSpec>& specs)
    : command_(command) {
  auto find_spec = [&](const std::string& name) -> const OptionSpec* {
    for (const auto& s : specs)
      if (s.name == name) return &s;
    return nullptr;
  };
  bool only_positionals = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    // "-o PATH" is the one short spelling, as in every Unix tool that writes a file.
    if (!only_positionals && word == "-o" && find_spec("output")) {
      if (i + 1 >= words.size()) throw UsageError(tr(N_("option '-o' needs a value (PATH)")));
      values_["output"].push_back(words[++i]);
      continue;
    }
    if (only_positionals || word.size() < 2 || word.rfind("--", 0) != 0) {
      if (!only_positionals && word.size() >= 2 && word[0] == '-' && word[1] != '-' &&
          !(word[1] >= '0' && word[1] <= '9')) {
        throw UsageError(fill(tr(N_("unknown option '{option}' for '{command}'; options are spelled with two dashes "
                                    "(see 'allegato {command} --help')")),
                              {{"option", word}, {"command", command_}}));
      }
      positionals_.push_back(word);
      continue;
    }
    if (word == "--") {
      only_positionals = true;
      continue;
    }
    std::string name = word.substr(2);
    std::optional<std::string> inline_value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    const OptionSpec* spec = find_spec(name);
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& sp : specs) names.push_back(sp.name);
      const std::string suggestion = closest_name(name, names);
      if (!suggestion.empty())
        throw UsageError(fill(tr(N_("unknown option '--{option}' for '{command}'; did you mean '--{suggestion}'? (see "
                                    "'allegato {command} --help')")),
                              {{"option", name}, {"command", command_}, {"suggestion", suggestion}}));
      throw UsageError(fill(tr(N_("unknown option '--{option}' for '{command}' (see 'allegato {command} --help')")),
                            {{"option", name}, {"command", command_}}));
    }
    if (!spec->takes_value) {
      if (inline_value) throw UsageError(fill(tr(N_("option '--{option}' takes no value")), {{"option", name}}));
      flags_.insert(name);
      continue;
    }
    if (inline_value) {
      values_[name].push_back(*inline_value);
    } else if (i + 1 < words.size()) {
      values_[name].push_back(words[++i]);
    } else {
      throw UsageError(spec->value_name.empty()
                           ? fill(tr(N_("option '--{option}' needs a value")), {{"option", name}})
                           : fill(tr(N_("option '--{option}' needs a value ({value})")),
                                  {{"option", name}, {"value", spec->value_name}}));
    }
  }
}

bool Args::flag(const std::string& name) const { return flags_.count(name) > 0; }

std::optional<std::string> Args::value(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::string Args::value_or(const std::string& name, const std::string& fallback) const {
  return value(name).value_or(fallback);
}

std::vector<std::string> Args::values(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::optional<long long> Args::integer(const std::string& name) const {
  auto v = value(name);
  if (!v) return std::nullopt;
  long long out = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || ptr != v->data() + v->size()) {
    throw UsageError(fill(tr(N_("option '--{option}' takes a whole number, not '{value}'")),
                          {{"option", name}, {"value", *v}}));
  }
  return out;
}

std::string Args::choice(const std::string& name, const std::vector<std::string>& allowed,
                         const std::string& fallback) const {
  std::string v = value_or(name, fallback);
  for (const auto& a : allowed)
    if (a == v) return v;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : "|") + a;
  throw UsageError(fill(tr(N_("option '--{option}' takes {choices}, not '{value}'")),
                        {{"option", name}, {"choices", list}, {"value", v}}));
}

std::string format_options(const std::vector<OptionSpec>& specs) {
  std::string text;
  for (const auto& s : specs) {
    std::string left = std::string(s.name == "output" ? "  -o, --" : "  --") + s.name + (s.takes_value ? " " + (s.value_name.empty() ? std::string("VALUE") : s.value_name) : "");
    if (left.size() < 28) left.resize(28, ' ');
    else left += "  ";
    text += left + tr(s.help) + "\n";
  }
  return text;
}

}  // namespace allegato
