#include "values/decimal.hpp"

#include <stdexcept>

namespace allegato {

namespace {

__extension__ using I128 = __int128;
__extension__ using U128 = unsigned __int128;

// 10^38 is the largest power of ten below 2^127; scales beyond it cannot be
// aligned without losing digits.
constexpr int kMaxScale = 38;
constexpr int kMaxParsedDigits = 30;

I128 pow10(int n) {
  if (n < 0 || n > kMaxScale) throw std::overflow_error("Decimal: power of ten out of range");
  I128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

I128 checked_mul(I128 a, I128 b) {
  I128 r = 0;
  if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("Decimal: multiplication overflows 128 bits");
  return r;
}

I128 checked_add(I128 a, I128 b) {
  I128 r = 0;
  if (__builtin_add_overflow(a, b, &r)) throw std::overflow_error("Decimal: addition overflows 128 bits");
  return r;
}

I128 checked_neg(I128 a) {
  I128 r = 0;
  if (__builtin_sub_overflow(I128{0}, a, &r)) throw std::overflow_error("Decimal: negation overflows 128 bits");
  return r;
}

U128 magnitude(I128 v) { return v < 0 ? U128(0) - U128(v) : U128(v); }

// Divides two non-negative magnitudes and rounds the quotient per `mode`.
U128 divide_rounded(U128 num, U128 den, Rounding mode) {
  U128 q = num / den;
  U128 r = num % den;
  if (r == 0 || mode == Rounding::down) return q;
  // Compare r with den - r instead of 2r with den: 2r may overflow.
  U128 rest = den - r;
  bool up = false;
  if (r > rest) up = true;
  else if (r == rest) up = (mode == Rounding::half_up) || (q % 2 == 1);
  return up ? q + 1 : q;
}

I128 to_signed(U128 mag, bool negative) {
  constexpr U128 kMaxPositive = (U128(1) << 127) - 1;
  if (mag > kMaxPositive + (negative ? 1 : 0))
    throw std::overflow_error("Decimal: result overflows 128 bits");
  if (negative) return mag == kMaxPositive + 1 ? I128(mag) : -I128(mag);
  return I128(mag);
}

}  // namespace

Decimal Decimal::from_int(std::int64_t v) {
  Decimal d;
  d.coefficient_ = v;
  return d;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && text[i] == '-') {
    negative = true;
    ++i;
  }
  I128 coefficient = 0;
  int scale = 0;
  int significant = 0;
  int int_digits = 0;
  bool point = false;
  int frac_digits = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      if (point) return std::nullopt;
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (point) ++frac_digits;
    else ++int_digits;
    if (coefficient != 0 || c != '0') ++significant;
    if (significant > kMaxParsedDigits || frac_digits > kMaxParsedDigits) return std::nullopt;
    coefficient = coefficient * 10 + (c - '0');
    if (point) ++scale;
  }
  // "5." and ".5" are not canonical text.
  if (int_digits == 0 || (point && frac_digits == 0)) return std::nullopt;
  Decimal d;
  d.coefficient_ = negative ? -coefficient : coefficient;
  d.scale_ = scale;
  return d;
}

std::string Decimal::to_string() const {
  U128 mag = magnitude(coefficient_);
  std::string digits;
  do {
    digits.insert(digits.begin(), char('0' + int(mag % 10)));
    mag /= 10;
  } while (mag != 0);
  if (scale_ > 0) {
    if (digits.size() <= std::size_t(scale_)) digits.insert(0, std::size_t(scale_) + 1 - digits.size(), '0');
    digits.insert(digits.size() - std::size_t(scale_), 1, '.');
  }
  if (coefficient_ < 0) digits.insert(digits.begin(), '-');
  return digits;
}

bool Decimal::is_zero() const { return coefficient_ == 0; }
bool Decimal::is_negative() const { return coefficient_ < 0; }
int Decimal::sign() const { return coefficient_ < 0 ? -1 : (coefficient_ > 0 ? 1 : 0); }

Decimal Decimal::operator-() const {
  Decimal d = *this;
  d.coefficient_ = checked_neg(coefficient_);
  return d;
}

Decimal Decimal::abs() const { return is_negative() ? -*this : *this; }

Decimal operator+(const Decimal& a, const Decimal& b) {
  int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  Decimal d;
  d.scale_ = scale;
  d.coefficient_ = checked_add(checked_mul(a.coefficient_, pow10(scale - a.scale_)),
                               checked_mul(b.coefficient_, pow10(scale - b.scale_)));
  return d;
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  Decimal d;
  d.coefficient_ = checked_mul(a.coefficient_, b.coefficient_);
  d.scale_ = a.scale_ + b.scale_;
  if (d.scale_ > kMaxScale) {
    // Trailing zeros carry no value here; drop them before giving up.
    d = d.normalized();
    if (d.scale_ > kMaxScale) throw std::overflow_error("Decimal: product needs more than 38 decimal places");
  }
  return d;
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int scale, Rounding rounding) {
  if (b.coefficient_ == 0) throw std::domain_error("Decimal: division by zero");
  if (scale < 0 || scale > kMaxScale) throw std::overflow_error("Decimal: division scale out of range");
  // a/b = (ca / cb) * 10^(sb - sa); we want q with q * 10^-scale = a/b,
  // so q = ca * 10^(scale + sb - sa) / cb.
  int shift = scale + b.scale_ - a.scale_;
  U128 num = magnitude(a.coefficient_);
  U128 den = magnitude(b.coefficient_);
  if (shift >= 0) num = magnitude(checked_mul(I128(num), pow10(shift)));
  else den = magnitude(checked_mul(I128(den), pow10(-shift)));
  U128 q = divide_rounded(num, den, rounding);
  Decimal d;
  d.coefficient_ = to_signed(q, (a.coefficient_ < 0) != (b.coefficient_ < 0));
  d.scale_ = scale;
  return d;
}

Decimal Decimal::rounded(int scale, Rounding rounding) const {
  if (scale < 0) {
    // Rounding to tens, hundreds...: round at that place, keep scale 0.
    return rounded(0, rounding).shifted(scale).rounded(0, rounding).shifted(-scale).rounded(0);
  }
  Decimal d;
  if (scale >= scale_) {
    d.coefficient_ = checked_mul(coefficient_, pow10(scale - scale_));
    d.scale_ = scale;
    return d;
  }
  U128 q = divide_rounded(magnitude(coefficient_), U128(pow10(scale_ - scale)), rounding);
  d.coefficient_ = to_signed(q, coefficient_ < 0);
  d.scale_ = scale;
  return d;
}

Decimal Decimal::shifted(int n) const {
  Decimal d = *this;
  if (n >= 0) {
    if (d.scale_ >= n) {
      d.scale_ -= n;
    } else {
      d.coefficient_ = checked_mul(d.coefficient_, pow10(n - d.scale_));
      d.scale_ = 0;
    }
    return d;
  }
  if (d.scale_ - n > kMaxScale) {
    d = d.normalized();
    if (d.scale_ - n > kMaxScale) throw std::overflow_error("Decimal: shift needs more than 38 decimal places");
  }
  d.scale_ -= n;
  return d;
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  while (d.scale_ > 0 && d.coefficient_ % 10 == 0) {
    d.coefficient_ /= 10;
    --d.scale_;
  }
  if (d.coefficient_ == 0) d.scale_ = 0;
  return d;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int sa = a.sign();
  int sb = b.sign();
  if (sa != sb) return sa <=> sb;
  if (sa == 0) return std::strong_ordering::equal;
  // Same sign: compare magnitudes by integer part, then by fraction aligned
  // to the larger scale (fractions are below 10^38, so alignment cannot overflow).
  U128 ma = magnitude(a.coefficient_);
  U128 mb = magnitude(b.coefficient_);
  U128 pa = U128(pow10(a.scale_));
  U128 pb = U128(pow10(b.scale_));
  U128 ia = ma / pa, ib = mb / pb;
  std::strong_ordering mag = std::strong_ordering::equal;
  if (ia != ib) {
    mag = ia < ib ? std::strong_ordering::less : std::strong_ordering::greater;
  } else {
    U128 fa = ma % pa, fb = mb % pb;
    int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    fa *= U128(pow10(scale - a.scale_));
    fb *= U128(pow10(scale - b.scale_));
    if (fa != fb) mag = fa < fb ? std::strong_ordering::less : std::strong_ordering::greater;
  }
  if (sa > 0 || mag == std::strong_ordering::equal) return mag;
  return mag == std::strong_ordering::less ? std::strong_ordering::greater : std::strong_ordering::less;
}

bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == std::strong_ordering::equal; }

}  // namespace allegato
