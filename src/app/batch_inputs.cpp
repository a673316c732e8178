#include "app/batch_inputs.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <istream>

#include "core/diagnostics.hpp"

namespace allegato {
namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

bool looks_like_document(const fs::path& path) {
  const std::string ext = lower_extension(path);
  if (ext == ".pdf" || ext == ".xlsx" || ext == ".ods" || ext == ".xls" || ext == ".csv" || ext == ".tsv") return true;
  std::ifstream in(path, std::ios::binary);
  char head[1024];
  in.read(head, sizeof head);
  const std::string bytes(head, static_cast<std::size_t>(in.gcount()));
  // A PDF may carry a few bytes of junk before its header.
  if (bytes.find("%PDF-") != std::string::npos) return true;
  if (bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0) return true;
  // A zip is a workbook only when it names a workbook part early on.
  if (bytes.rfind("PK\x03\x04", 0) == 0)
    return bytes.find("application/vnd.oasis.opendocument.spreadsheet") != std::string::npos ||
           bytes.find("xl/") != std::string::npos || bytes.find("[Content_Types].xml") != std::string::npos;
  return false;
}

BatchInputs::BatchInputs(const std::vector<std::string>& words, std::istream* in, std::uint64_t max_file_bytes) {
  // A constructor that throws runs no destructor: the copies made so far are
  // removed here.
  try {
    expand(words, in, max_file_bytes);
  } catch (...) {
    remove_temporary();
    throw;
  }
}

void BatchInputs::expand(const std::vector<std::string>& words, std::istream* in, std::uint64_t max_file_bytes) {
  bool stdin_used = false;
  for (const auto& word : words) {
    if (word == "-") {
      if (stdin_used) throw UsageError(tr(N_("'-' (standard input) may be given once")));
      if (!in) throw UsageError(tr(N_("'-' reads standard input, but there is none here")));
      stdin_used = true;
      items_.push_back({spool(*in, "-", max_file_bytes), "-"});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(word, ec);
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      auto it = fs::recursive_directory_iterator(word, fs::directory_options::skip_permission_denied, ec);
      if (ec)
        throw ImportError("input.unreadable", word,
                          LocalMessage(N_("cannot list the folder: {reason}")).set("reason", ec.message()),
                          LocalMessage(N_("check its permissions")));
      for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
        if (ec) break;
        if (hidden(it->path())) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && looks_like_document(it->path())) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      if (found.empty())
        throw ImportError("input.folder_empty", word, N_("the folder holds no PDF, XLSX, ODS, XLS, CSV or TSV file"),
                          N_("check the path, or name the files themselves"));
      for (const auto& p : found) items_.push_back({p.string(), p.string()});
      continue;
    }
    if (fs::exists(status) && !fs::is_regular_file(status)) {
      // A pipe, /dev/stdin or a process substitution: read once, keep a copy.
      std::ifstream pipe(word, std::ios::binary);
      if (!pipe)
        throw ImportError("input.unreadable", word, N_("cannot open it for reading"), N_("check its permissions"));
      items_.push_back({spool(pipe, word, max_file_bytes), word});
      continue;
    }
    items_.push_back({word, word});
  }
}

BatchInputs::~BatchInputs() { remove_temporary(); }

void BatchInputs::remove_temporary() {
  for (const auto& p : temporary_) {
    std::error_code ec;
    fs::remove(p, ec);
  }
  temporary_.clear();
}

std::string BatchInputs::spool(std::istream& in, const std::string& label, std::uint64_t max_bytes) {
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string name = (dir / "allegato-input-XXXXXX").string();
  const int fd = mkstemp(name.data());
  if (fd < 0)
    throw ImportError("input.unreadable", label, N_("cannot make a temporary copy"), N_("set TMPDIR to a writable folder"));
  close(fd);
  temporary_.push_back(name);
  std::ofstream out(name, std::ios::binary | std::ios::trunc);
  // A stream has no size to check first: it is counted while copied, and
  // the copy stops at the limit instead of filling the disk with an endless
  // pipe.
  char buffer[1 << 16];
  std::uint64_t copied = 0;
  while (in) {
    in.read(buffer, sizeof buffer);
    copied += static_cast<std::uint64_t>(in.gcount());
    if (copied > max_bytes) {
      const Phrase what = label == "-" ? Phrase().term(N_("standard input"))
                                       : Phrase().message(LocalMessage(N_("the pipe {name}")).set("name", label));
      throw ImportError("limit.file_bytes", label,
                        LocalMessage(N_("{what} holds more than the {megabytes} MB allowed (limit file_bytes); reading "
                                        "stopped there"))
                            .set("what", what)
                            .set("megabytes", std::to_string(max_bytes >> 20)),
                        LocalMessage(N_("if the input is trusted, raise it with --max-file-mb")));
    }
    out.write(buffer, in.gcount());
  }
  out.flush();
  if (!out)
    throw ImportError("input.unreadable", label, N_("cannot make a temporary copy"), N_("check the free space in TMPDIR"));
  return name;
}

std::vector<std::string> BatchInputs::paths() const {
  std::vector<std::string> out;
  for (const auto& i : items_) out.push_back(i.path);
  return out;
}

std::string BatchInputs::label_of(const std::string& path) const {
  for (const auto& i : items_)
    if (i.path == path) return i.label;
  return path;
}

}  // namespace allegato
