#include "i18n/message.hpp"

#include "values/decimal.hpp"

namespace allegato {

Phrase& Phrase::text(std::string verbatim) {
  if (!verbatim.empty()) parts_.push_back({Part::Kind::text, std::move(verbatim), {}, 0, nullptr});
  return *this;
}

Phrase& Phrase::term(std::string msgid) {
  parts_.push_back({Part::Kind::term, std::move(msgid), {}, 0, nullptr});
  return *this;
}

Phrase& Phrase::number(const Decimal& value) { return number_text(value.to_string()); }

Phrase& Phrase::number_text(std::string exact_decimal) {
  parts_.push_back({Part::Kind::number, std::move(exact_decimal), {}, 0, nullptr});
  return *this;
}

Phrase& Phrase::count(long long n) { return number_text(std::to_string(n)); }

Phrase& Phrase::date(std::string iso) {
  parts_.push_back({Part::Kind::date, std::move(iso), {}, 0, nullptr});
  return *this;
}

Phrase& Phrase::plural(std::string singular, std::string plural_id, long long n) {
  parts_.push_back({Part::Kind::plural, std::move(singular), std::move(plural_id), n, nullptr});
  return *this;
}

Phrase& Phrase::message(LocalMessage m) {
  Part part;
  part.kind = Part::Kind::message;
  part.message = std::make_shared<const LocalMessage>(std::move(m));
  parts_.push_back(std::move(part));
  return *this;
}

Phrase& Phrase::append(const Phrase& other) {
  parts_.insert(parts_.end(), other.parts_.begin(), other.parts_.end());
  return *this;
}

std::string Phrase::render() const {
  std::string out;
  for (const auto& p : parts_) {
    switch (p.kind) {
      case Part::Kind::text: out += p.text; break;
      case Part::Kind::term: out += tr(p.text); break;
      case Part::Kind::number: out += format_decimal(p.text); break;
      case Part::Kind::date: out += format_date(p.text); break;
      case Part::Kind::message: out += p.message ? p.message->render() : std::string(); break;
      case Part::Kind::plural: out += fill(trn(p.text, p.plural, p.n), {{"n", format_integer(p.n)}}); break;
    }
  }
  return out;
}

Phrase join(const std::vector<Phrase>& items, const std::string& separator) {
  Phrase out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out.text(separator);
    out.append(items[i]);
  }
  return out;
}

std::string LocalMessage::render() const {
  std::vector<std::pair<std::string, std::string>> values;
  values.reserve(args.size());
  for (const auto& [name, value] : args) values.emplace_back(name, value.render());
  return fill(tr(id), values);
}

std::string LocalMessage::render_english() const {
  EnglishScope english;
  return render();
}

}  // namespace allegato
