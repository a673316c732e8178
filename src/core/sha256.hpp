#pragma once
/// SHA-256 (FIPS 180-4), for document identity: re-importing the same bytes
/// replaces a stored document instead of duplicating it.
#include <cstdint>
#include <string>
#include <string_view>

namespace allegato {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  /// Lowercase hex digest; the object must not be updated afterwards.
  std::string hex_digest();

 private:
  void compress(const std::uint8_t* block);
  std::uint32_t state_[8];
  std::uint8_t buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace allegato
