#include "xls/biff_reader.hpp"

#include <charconv>
#include <cstring>

#include "workbook/number_format.hpp"

namespace allegato {

namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kFreeSector = 0xFFFFFFFF;

struct Bytes {
  const std::string& s;
  bool ok(std::size_t at, std::size_t n) const { return at <= s.size() && n <= s.size() - at; }
  std::uint8_t u8(std::size_t at) const { return ok(at, 1) ? std::uint8_t(s[at]) : 0; }
  std::uint16_t u16(std::size_t at) const {
    return ok(at, 2) ? std::uint16_t(std::uint8_t(s[at]) | (std::uint8_t(s[at + 1]) << 8)) : 0;
  }
  std::uint32_t u32(std::size_t at) const {
    return ok(at, 4) ? std::uint32_t(u16(at)) | (std::uint32_t(u16(at + 2)) << 16) : 0;
  }
  double f64(std::size_t at) const {
    double d = 0;
    if (ok(at, 8)) std::memcpy(&d, s.data() + at, 8);
    return d;
  }
};

// ---- compound file ------------------------------------------------------

class CompoundFile {
 public:
  explicit CompoundFile(const std::string& file) : file_(file), b_{file} {}

  std::optional<std::string> stream(const char* wanted_a, const char* wanted_b) {
    if (file_.size() < 512 || file_.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") != 0) return std::nullopt;
    unsigned shift = b_.u16(0x1E);
    unsigned mini_shift = b_.u16(0x20);
    if (shift != 9 && shift != 12) return std::nullopt;
    if (mini_shift != 6) return std::nullopt;
    sector_size_ = std::size_t(1) << shift;
    // The FAT: sector ids listed in the header's DIFAT, then the DIFAT chain.
    std::vector<std::uint32_t> fat_sectors;
    std::uint32_t fat_count = b_.u32(0x2C);
    for (std::size_t i = 0; i < 109 && fat_sectors.size() < fat_count; ++i) fat_sectors.push_back(b_.u32(0x4C + 4 * i));
    std::uint32_t difat = b_.u32(0x44);
    for (std::size_t guard = 0; difat < kEndOfChain - 8 && fat_sectors.size() < fat_count && guard < 100000; ++guard) {
      std::size_t at = offset(difat);
      if (!b_.ok(at, sector_size_)) return std::nullopt;
      for (std::size_t i = 0; i + 1 < sector_size_ / 4 && fat_sectors.size() < fat_count; ++i)
        fat_sectors.push_back(b_.u32(at + 4 * i));
      difat = b_.u32(at + sector_size_ - 4);
    }
    if (fat_sectors.size() > file_.size() / sector_size_ + 1) return std::nullopt;
    for (std::uint32_t fs : fat_sectors) {
      std::size_t at = offset(fs);
      if (!b_.ok(at, sector_size_)) return std::nullopt;
      for (std::size_t i = 0; i < sector_size_ / 4; ++i) fat_.push_back(b_.u32(at + 4 * i));
    }
    auto directory = chain(b_.u32(0x30), fat_, sector_size_, [&](std::uint32_t s) { return offset(s); }, file_, 0);
    if (!directory) return std::nullopt;
    Bytes dir{*directory};
    std::uint32_t mini_cutoff = b_.u32(0x38);
    std::optional<std::string> mini_stream;
    for (std::size_t e = 0; dir.ok(e * 128, 128); ++e) {
      std::size_t at = e * 128;
      std::uint16_t name_len = dir.u16(at + 0x40);
      std::uint8_t type = dir.u8(at + 0x42);
      std::string name;
      for (std::size_t k = 0; k + 2 < name_len && k < 64; k += 2) name += char(dir.u8(at + k));
      std::uint32_t start = dir.u32(at + 0x74);
      std::uint32_t size = dir.u32(at + 0x78);
      if (type == 5) {
        mini_stream = chain(start, fat_, sector_size_, [&](std::uint32_t s) { return offset(s); }, file_, size);
        continue;
      }
      if (type != 2 || (name != wanted_a && name != wanted_b)) continue;
      if (size >= mini_cutoff) {
        return chain(start, fat_, sector_size_, [&](std::uint32_t s) { return offset(s); }, file_, size);
      }
      if (!mini_stream) return std::nullopt;
      auto mini_fat_bytes =
          chain(b_.u32(0x3C), fat_, sector_size_, [&](std::uint32_t s) { return offset(s); }, file_, 0);
      if (!mini_fat_bytes) return std::nullopt;
      std::vector<std::uint32_t> mini_fat;
      Bytes mf{*mini_fat_bytes};
      for (std::size_t i = 0; mf.ok(4 * i, 4); ++i) mini_fat.push_back(mf.u32(4 * i));
      return chain(start, mini_fat, 64, [](std::uint32_t s) { return std::size_t(s) * 64; }, *mini_stream, size);
    }
    return std::nullopt;
  }

 private:
  std::size_t offset(std::uint32_t sector) const { return (std::size_t(sector) + 1) * sector_size_; }

  // Follows a sector chain; `size` 0 means "as long as the chain".
  template <typename Offset>
  static std::optional<std::string> chain(std::uint32_t start, const std::vector<std::uint32_t>& fat,
                                          std::size_t sector_size, Offset offset_of, const std::string& source,
                                          std::uint64_t size) {
    std::string out;
    Bytes src{source};
    std::uint32_t sector = start;
    std::size_t steps = 0;
    while (sector != kEndOfChain && sector != kFreeSector) {
      if (sector >= fat.size() || ++steps > fat.size()) return std::nullopt;
      std::size_t at = offset_of(sector);
      if (!src.ok(at, sector_size)) {
        // The last sector of a file may be short.
        if (at >= source.size()) return std::nullopt;
        out.append(source, at, source.size() - at);
      } else {
        out.append(source, at, sector_size);
      }
      if (size && out.size() >= size) break;
      sector = fat[sector];
    }
    if (size) {
      if (out.size() < size) return std::nullopt;
      out.resize(std::size_t(size));
    }
    return out;
  }

  const std::string& file_;
  Bytes b_;
  std::size_t sector_size_ = 512;
  std::vector<std::uint32_t> fat_;
};

// ---- BIFF8 --------------------------------------------------------------

std::string shortest(double v) {
  char buffer[64];
  auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, r.ptr);
}

// RK: a 30-bit integer or the high 30 bits of a double, maybe x 100. The
// division by 100 is done on decimal text, exactly.
std::string rk_text(std::uint32_t rk) {
  bool x100 = rk & 1;
  bool integer = rk & 2;
  std::string text;
  if (integer) {
    text = std::to_string(std::int32_t(rk) >> 2);
  } else {
    std::uint64_t bits = std::uint64_t(rk & 0xFFFFFFFC) << 32;
    double d = 0;
    std::memcpy(&d, &bits, 8);
    text = shortest(d);
  }
  if (!x100) return text;
  auto value = parse_stored_number(text);
  return value ? value->shifted(-2).to_string() : text;
}

// XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit count).
std::string unicode_string(const Bytes& b, std::size_t at, bool short_count) {
  std::size_t count = short_count ? b.u8(at) : b.u16(at);
  at += short_count ? 1 : 2;
  bool wide = b.u8(at) & 1;
  ++at;
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    unsigned cp = wide ? b.u16(at + 2 * i) : b.u8(at + i);
    if (!b.ok(at + (wide ? 2 * i + 1 : i), 1)) break;
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

const char* error_text(std::uint8_t code) {
  switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    case 0x2A: return "#N/A";
    default: return "#ERR!";
  }
}

struct Record {
  std::uint16_t type;
  std::size_t data;  // offset of the record's data
  std::size_t size;
};

bool next_record(const Bytes& b, std::size_t& at, Record& r) {
  if (!b.ok(at, 4)) return false;
  r.type = b.u16(at);
  r.size = b.u16(at + 2);
  r.data = at + 4;
  if (!b.ok(r.data, r.size)) return false;
  at = r.data + r.size;
  return true;
}

bool read_sheet(const Bytes& b, std::size_t at, BiffSheet& sheet) {
  Record r;
  if (!next_record(b, at, r) || r.type != 0x0809 || b.u16(r.data) != 0x0600) return false;
  std::pair<int, int> pending_string{-1, -1};
  while (next_record(b, at, r)) {
    const std::size_t d = r.data;
    switch (r.type) {
      case 0x000A: return true;  // EOF
      case 0x0208:               // ROW
        if (r.size >= 16 && (b.u16(d + 12) & 0x20)) sheet.hidden_rows.insert(b.u16(d));
        break;
      case 0x007D:  // COLINFO
        if (r.size >= 10 && (b.u16(d + 8) & 1))
          for (int c = b.u16(d); c <= b.u16(d + 2) && c < 256; ++c) sheet.hidden_cols.insert(c);
        break;
      case 0x00E5: {  // MERGEDCELLS
        std::size_t n = b.u16(d);
        for (std::size_t i = 0; i < n && 2 + 8 * (i + 1) <= r.size; ++i) {
          std::size_t m = d + 2 + 8 * i;
          BiffMerge merge{b.u16(m), b.u16(m + 2), b.u16(m + 4), b.u16(m + 6)};
          if (merge.last_row >= merge.first_row && merge.last_col >= merge.first_col) sheet.merges.push_back(merge);
        }
        break;
      }
      case 0x0203:  // NUMBER
        if (r.size >= 14) {
          BiffCell c;
          c.xf = b.u16(d + 4);
          c.number = shortest(b.f64(d + 6));
          sheet.cells[{b.u16(d), b.u16(d + 2)}] = c;
        }
        break;
      case 0x027E:  // RK
        if (r.size >= 10) {
          BiffCell c;
          c.xf = b.u16(d + 4);
          c.number = rk_text(b.u32(d + 6));
          sheet.cells[{b.u16(d), b.u16(d + 2)}] = c;
        }
        break;
      case 0x00BD: {  // MULRK
        if (r.size < 6) break;
        int row = b.u16(d);
        int first = b.u16(d + 2);
        std::size_t n = (r.size - 6) / 6;
        for (std::size_t i = 0; i < n; ++i) {
          BiffCell c;
          c.xf = b.u16(d + 4 + 6 * i);
          c.number = rk_text(b.u32(d + 6 + 6 * i));
          sheet.cells[{row, first + int(i)}] = c;
        }
        break;
      }
      case 0x0205:  // BOOLERR
        if (r.size >= 8) {
          BiffCell c;
          c.xf = b.u16(d + 4);
          if (b.u8(d + 7)) {
            c.kind = BiffCell::Kind::error;
            c.text = error_text(b.u8(d + 6));
          } else {
            c.kind = BiffCell::Kind::boolean;
            c.boolean = b.u8(d + 6) != 0;
          }
          sheet.cells[{b.u16(d), b.u16(d + 2)}] = c;
        }
        break;
      case 0x0006:  // FORMULA
        if (r.size >= 20) {
          BiffCell c;
          c.xf = b.u16(d + 4);
          c.formula = true;
          std::pair<int, int> pos{b.u16(d), b.u16(d + 2)};
          if (b.u16(d + 12) == 0xFFFF) {
            switch (b.u8(d + 6)) {
              case 0:
                c.kind = BiffCell::Kind::text;
                pending_string = pos;
                break;
              case 1:
                c.kind = BiffCell::Kind::boolean;
                c.boolean = b.u8(d + 8) != 0;
                break;
              case 2:
                c.kind = BiffCell::Kind::error;
                c.text = error_text(b.u8(d + 8));
                break;
              default:
                c.kind = BiffCell::Kind::empty;
            }
          } else {
            c.number = shortest(b.f64(d + 6));
          }
          sheet.cells[pos] = c;
        }
        break;
      case 0x0207:  // STRING: the text result of the formula just read
        if (pending_string.first >= 0) {
          auto it = sheet.cells.find(pending_string);
          if (it != sheet.cells.end()) it->second.text = unicode_string(b, d, false);
          pending_string = {-1, -1};
        }
        break;
      case 0x00FD:  // LABELSST: the text comes from FreeXL; keep the XF for bold
        if (r.size >= 10) sheet.text_xf[{b.u16(d), b.u16(d + 2)}] = b.u16(d + 4);
        break;
      default:
        break;
    }
  }
  return true;
}

}  // namespace

std::optional<BiffWorkbook> read_biff_details(const std::string& bytes) {
  CompoundFile cfb(bytes);
  auto stream = cfb.stream("Workbook", "Book");
  if (!stream) return std::nullopt;
  Bytes b{*stream};
  std::size_t at = 0;
  Record r;
  if (!next_record(b, at, r) || r.type != 0x0809 || b.u16(r.data) != 0x0600) return std::nullopt;
  BiffWorkbook wb;
  std::map<int, std::string> formats;
  std::vector<bool> font_bold;
  struct Xf {
    std::uint16_t font, format;
  };
  std::vector<Xf> xfs;
  std::vector<std::pair<std::uint32_t, BiffSheet>> sheets;
  while (next_record(b, at, r)) {
    const std::size_t d = r.data;
    if (r.type == 0x000A) break;
    switch (r.type) {
      case 0x0022: wb.date1904 = b.u16(d) == 1; break;
      case 0x0031:
        font_bold.push_back(b.u16(d + 6) >= 700);
        // Font index 4 does not exist: the fifth FONT record is index 5.
        if (font_bold.size() == 4) font_bold.push_back(false);
        break;
      case 0x041E: formats[b.u16(d)] = unicode_string(b, d + 2, false); break;
      case 0x00E0: xfs.push_back({b.u16(d), b.u16(d + 2)}); break;
      case 0x0085: {
        BiffSheet s;
        s.hidden = b.u8(d + 4) != 0;
        s.name = unicode_string(b, d + 6, true);
        if (b.u8(d + 5) == 0) sheets.push_back({b.u32(d), s});
        break;
      }
      default: break;
    }
  }
  for (const auto& xf : xfs) {
    auto it = formats.find(xf.format);
    wb.xf_format.push_back(it != formats.end() ? it->second : builtin_format_code(xf.format));
    wb.xf_bold.push_back(xf.font < font_bold.size() && font_bold[xf.font]);
  }
  for (auto& [offset, sheet] : sheets) {
    if (!read_sheet(b, offset, sheet)) return std::nullopt;
    wb.sheets.push_back(std::move(sheet));
  }
  return wb;
}

}  // namespace allegato
