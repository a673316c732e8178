#pragma once
/// Graded targets: a ladder of value bands, each with the share of the
/// score it earns ("28 gg 100% 30gg 75% 32gg 50% 32 gg 0%", "≥ 90% 100%
/// 85% - 89% 60% < 85% 0%"). The bands are a reading of the printed text,
/// so they are derived from `raw` wherever they are needed (JSON, report)
/// instead of being stored beside it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allegato {

struct TargetBand {
  std::string condition;  ///< the band's value as printed, operators in ASCII ("30gg", "85% - 89%", "< 85%")
  std::string score;      ///< the share of the score it earns, as printed ("75%")
};

/// The bands of a graded target, in printed order; nullopt when the text is
/// no ladder: at least two "value score%" steps covering the whole text,
/// scores never rising, the first one the highest.
std::optional<std::vector<TargetBand>> read_bands(std::string_view raw);

/// The band of the full score (the highest, usually 100%): the value the
/// target sets. Requires a ladder from read_bands.
const TargetBand& full_band(const std::vector<TargetBand>& bands);

/// Which way the ladder says is better: true when the bands' values rise as
/// their scores fall (28 gg 100%, 30 gg 75%: lower is better), false when
/// they fall, nullopt when the first two bands print no comparable numbers.
std::optional<bool> lower_is_better(const std::vector<TargetBand>& bands);

}  // namespace allegato
