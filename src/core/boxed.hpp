#pragma once
/// Optional fields that are rarely set, kept on the heap so that an unset one
/// costs one pointer. A large sheet makes hundreds of thousands of values,
/// sources and cells, and most of them never have a correction, a range's
/// upper bound, a label or a formula: as `std::optional` each of those fields
/// would take its full size (40 to 80 bytes) in every one of them.
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace allegato {

/// Reads like `std::optional<T>` (has_value, *, ->, value_or, emplace,
/// reset, ==), copies deeply, and is 8 bytes when empty; converts to and
/// from `std::optional<T>`.
template <class T>
class Boxed {
 public:
  Boxed() noexcept = default;
  Boxed(std::nullopt_t) noexcept {}
  Boxed(const Boxed& o) : value_(o.value_ ? std::make_unique<T>(*o.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed(const std::optional<T>& o) : value_(o ? std::make_unique<T>(*o) : nullptr) {}
  Boxed(std::optional<T>&& o) : value_(o ? std::make_unique<T>(std::move(*o)) : nullptr) {}
  template <class U = T, class = std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                                  !std::is_same_v<std::decay_t<U>, Boxed> &&
                                                  !std::is_same_v<std::decay_t<U>, std::optional<T>> &&
                                                  !std::is_same_v<std::decay_t<U>, std::nullopt_t>>>
  Boxed(U&& v) : value_(std::make_unique<T>(std::forward<U>(v))) {}

  Boxed& operator=(const Boxed& o) {
    if (this != &o) value_ = o.value_ ? std::make_unique<T>(*o.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) noexcept {
    value_.reset();
    return *this;
  }

  bool has_value() const noexcept { return static_cast<bool>(value_); }
  explicit operator bool() const noexcept { return has_value(); }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }
  const T& value() const {
    if (!value_) throw std::bad_optional_access();
    return *value_;
  }
  template <class U>
  T value_or(U&& fallback) const {
    return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback));
  }
  template <class... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *value_;
  }
  void reset() noexcept { value_.reset(); }
  /// A copy as a std::optional, for code written against one.
  operator std::optional<T>() const { return value_ ? std::optional<T>(*value_) : std::nullopt; }

  friend bool operator==(const Boxed& a, const Boxed& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  friend bool operator==(const Boxed& a, std::nullopt_t) { return !a.has_value(); }
  friend bool operator==(const Boxed& a, const std::optional<T>& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  template <class U, class = std::enable_if_t<!std::is_same_v<std::decay_t<U>, Boxed> &&
                                              !std::is_same_v<std::decay_t<U>, std::optional<T>> &&
                                              !std::is_same_v<std::decay_t<U>, std::nullopt_t>>>
  friend bool operator==(const Boxed& a, const U& b) {
    return a.has_value() && *a == b;
  }

 private:
  std::unique_ptr<T> value_;
};

/// A text that is mostly empty (a source's caption in a finding): reads like
/// the std::string it holds, is 8 bytes when empty, and an empty text is no
/// text (assigning "" empties it), so equality is the string's.
class RareText {
 public:
  RareText() noexcept = default;
  RareText(std::string text) { *this = std::move(text); }
  RareText(const char* text) { *this = std::string(text); }
  RareText& operator=(std::string text) {
    if (text.empty()) text_.reset(); else text_.emplace(std::move(text));
    return *this;
  }
  RareText& operator=(const char* text) { return *this = std::string(text); }

  bool empty() const noexcept { return !text_.has_value(); }
  void clear() noexcept { text_.reset(); }
  /// The text ("" when none).
  const std::string& str() const {
    static const std::string none;
    return text_ ? *text_ : none;
  }
  operator const std::string&() const { return str(); }

  friend bool operator==(const RareText& a, const RareText& b) { return a.text_ == b.text_; }
  friend bool operator==(const RareText& a, const std::string& b) { return a.str() == b; }

 private:
  Boxed<std::string> text_;
};

}  // namespace allegato
