#pragma once
namespace allegato {
inline constexpr const char* kVersion = "0.1.0";
}
