#pragma once
/// Exact decimal numbers. Every value read from a document goes text ->
/// Decimal -> text without ever touching binary floating point, so that
/// 16,66 + 16,67 + ... sums exactly and "229447.35" prints back as read.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace allegato {

enum class Rounding { half_even, half_up, down };

/// A signed decimal: coefficient x 10^-scale. Trailing zeros are kept
/// ("98.00" stays "98.00") because the printed precision is information;
/// comparison ignores them (98.00 == 98).
class Decimal {
 public:
  Decimal() = default;
  static Decimal from_int(std::int64_t v);

  /// Parses canonical text: optional '-', digits, optional '.' and digits
  /// ("229447.35", "-0.5", "16.66"). No grouping, no exponent, no locale.
  /// Returns nullopt for anything else or for more than 30 significant digits.
  static std::optional<Decimal> parse(std::string_view text);

  /// Canonical text: '-' if negative, '.' as decimal point, no grouping,
  /// scale kept ("98.00").
  std::string to_string() const;

  int scale() const { return scale_; }
  bool is_zero() const;
  bool is_negative() const;
  int sign() const;

  Decimal operator-() const;
  Decimal abs() const;
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  /// Division to `scale` decimal places with the stated rounding.
  /// Throws std::domain_error on division by zero.
  static Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding rounding = Rounding::half_even);
  /// Rounds (or pads) to `scale` places.
  Decimal rounded(int scale, Rounding rounding = Rounding::half_even) const;
  /// Multiplies by 10^n exactly (n may be negative): 0.1666 -> 16.66 with n=2.
  Decimal shifted(int n) const;
  /// Drops trailing zeros after the point: 98.00 -> 98, 1.50 -> 1.5.
  Decimal normalized() const;

  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b);

 private:
  // |value| = coefficient_ x 10^-scale_. 128 bits hold 38 digits, more than
  // any amount or ratio in a plan; operations that would overflow throw
  // std::overflow_error rather than lose digits.
  __extension__ __int128 coefficient_ = 0;
  int scale_ = 0;
};

}  // namespace allegato
