#pragma once
/// Small text helpers for the HTML report: escaping and base64.
#include <string>
#include <string_view>

namespace allegato {

class Decimal;

/// Escapes & < > " ' for element text and attribute values.
std::string html_escape(std::string_view text);

/// A decimal as a double for drawing (bar widths), never for a value:
/// locale-independent.
double display_double(const Decimal& d);

/// Standard base64 (RFC 4648) with padding, for data: URIs.
std::string base64_encode(std::string_view bytes);

}  // namespace allegato
