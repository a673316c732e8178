#include "outputs/csv_export.hpp"

#include <filesystem>
#include <fstream>

#include "core/diagnostics.hpp"

namespace allegato {

std::string csv_field(const std::string& text, char separator) {
  const char special[] = {separator, '"', '\r', '\n', '\0'};
  if (text.find_first_of(special) == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string to_csv(const ExportTable& table, const CsvDialect& dialect) {
  std::string out = dialect.bom ? "\xEF\xBB\xBF" : "";
  auto line = [&](const auto& cells, auto get) {
    bool first = true;
    for (const auto& c : cells) {
      if (!first) out += dialect.separator;
      first = false;
      out += csv_field(get(c), dialect.separator);
    }
    out += "\r\n";
  };
  line(table.columns, [](const std::string& s) { return s; });
  for (const auto& row : table.rows)
    line(row, [&](const ExportCell& c) {
      std::string text = c.text;
      // Number cells only: codes like "2.1" and printed text stay as they are.
      if (dialect.decimal_comma && c.number)
        for (char& ch : text)
          if (ch == '.') ch = ',';
      return text;
    });
  return out;
}

void write_csv_tables(const Model& model, const std::string& dir, const CsvDialect& dialect) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw ImportError("output.unwritable", dir,
                      ec ? LocalMessage(N_("cannot create the output folder: {reason}")).set("reason", ec.message())
                         : LocalMessage(N_("cannot create the output folder")),
                      LocalMessage(N_("give a writable folder with --output")));
  for (const auto& table : export_tables(model)) {
    const fs::path path = fs::path(dir) / (table.name + ".csv");
    std::ofstream out(path, std::ios::binary);
    out << to_csv(table, dialect);
    out.close();
    if (!out)
      throw ImportError("output.unwritable", path.string(), N_("cannot write the file"), N_("check free space and permissions"));
  }
}

}  // namespace allegato
