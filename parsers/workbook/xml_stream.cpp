#include "workbook/xml_stream.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "core/diagnostics.hpp"
#include "core/limits.hpp"
#include "workbook/zip_archive.hpp"

namespace allegato {

namespace {

constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;
// An XML declaration is a few dozen bytes; one longer than this is not one.
constexpr std::size_t kMaxDeclaration = 4096;

bool is_name_end(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>'; }

// True when `rest` could still grow into `word` with more bytes.
bool is_prefix_of(std::string_view rest, std::string_view word) {
  return rest.size() < word.size() && word.substr(0, rest.size()) == rest;
}

}  // namespace

XmlStreamParser::XmlStreamParser(XmlStreamHandler& handler, std::string file, std::string part,
                                 std::uint64_t max_element_bytes)
    : handler_(handler), file_(std::move(file)), part_(std::move(part)), max_element_bytes_(max_element_bytes) {}

void XmlStreamParser::corrupt(const std::string& what) const {
  throw ImportError("workbook.corrupt", file_,
                    LocalMessage(N_("{part} is not well-formed XML ({what} at byte {offset})"))
                        .set("part", part_)
                        .set("what", what)
                        .set("offset", std::to_string(base_ + pos_)),
                    LocalMessage(N_("the file may be damaged; open it in a spreadsheet and save it again")));
}

void XmlStreamParser::feed(const char* data, std::size_t size) {
  buffer_.append(data, size);
  process();
  compact();
  // What is kept is one element being collected or one unfinished tag: a
  // part that holds a larger one is refused before it fills memory.
  const std::size_t live_from = mode_ == Mode::collect ? collect_begin_ : pos_;
  enforce_limit(file_, "xml_element", "max-element-mb", buffer_.size() - live_from, max_element_bytes_);
}

void XmlStreamParser::finish() {
  process();
  if (!started_ || !path_.empty() || tag_scan_ != 0 || special_end_ != nullptr || pos_ < buffer_.size())
    corrupt("the part ends inside an element");
  if (!had_root_) corrupt("no element found");
}

// The cutting works on bytes and needs an ASCII-compatible encoding: Excel
// and LibreOffice write UTF-8; a UTF-16 part or another declared encoding is
// refused with a clear message rather than misread.
void XmlStreamParser::check_prologue(std::size_t end) {
  const std::string declaration = buffer_.substr(pos_, end - pos_);
  auto at = declaration.find("encoding");
  if (at == std::string::npos) return;
  auto quote = declaration.find_first_of("\"'", at);
  if (quote == std::string::npos) return;
  auto close = declaration.find(declaration[quote], quote + 1);
  std::string name = declaration.substr(quote + 1, close == std::string::npos ? 0 : close - quote - 1);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (name != "utf-8" && name != "utf8") {
    throw ImportError("workbook.encoding", file_,
                      LocalMessage(N_("{part} is written in {encoding}, not UTF-8")).set("part", part_).set("encoding", name),
                      LocalMessage(N_("open the file in a spreadsheet and save it again (spreadsheets write UTF-8)")));
  }
}

void XmlStreamParser::process() {
  if (!started_) {
    if (buffer_.size() < 4) return;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(buffer_[i]); };
    if ((byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE) || byte(0) == 0 ||
        byte(1) == 0) {
      throw ImportError("workbook.encoding", file_,
                        LocalMessage(N_("{part} is written in {encoding}, not UTF-8"))
                            .set("part", part_)
                            .set("encoding", "UTF-16 or UTF-32"),
                        LocalMessage(N_("open the file in a spreadsheet and save it again (spreadsheets write UTF-8)")));
    }
    if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) pos_ = 3;
    if (buffer_.compare(pos_, 5, "<?xml") == 0) {
      const auto end = buffer_.find("?>", pos_);
      if (end == std::string::npos) {
        if (buffer_.size() - pos_ > kMaxDeclaration) corrupt("an XML declaration that does not end");
        pos_ = 0;
        return;
      }
      check_prologue(end);
    }
    started_ = true;
  }
  while (pos_ < buffer_.size()) {
    if (special_end_) {
      const std::size_t n = std::strlen(special_end_);
      const auto end = buffer_.find(special_end_, pos_);
      if (end == std::string::npos) {
        // Keep the last bytes: the terminator may be split across chunks.
        pos_ = std::max(pos_, buffer_.size() - std::min(buffer_.size(), n - 1));
        return;
      }
      pos_ = end + n;
      special_end_ = nullptr;
      continue;
    }
    if (tag_scan_ != 0) {
      if (!scan_tag()) return;
      continue;
    }
    if (buffer_[pos_] != '<') {
      const auto lt = buffer_.find('<', pos_);
      pos_ = lt == std::string::npos ? buffer_.size() : lt;
      continue;
    }
    if (buffer_.size() - pos_ < 2) return;
    const char next = buffer_[pos_ + 1];
    const std::string_view rest(buffer_.data() + pos_, std::min<std::size_t>(buffer_.size() - pos_, 9));
    if (next == '!') {
      if (rest.substr(0, 4) == "<!--") {
        special_end_ = "-->";
        pos_ += 4;
      } else if (rest == "<![CDATA[") {
        special_end_ = "]]>";
        pos_ += 9;
      } else if (is_prefix_of(rest, "<!--") || is_prefix_of(rest, "<![CDATA[")) {
        return;
      } else {
        // DOCTYPE or ENTITY: never needed by XLSX or ODS, the vehicle of
        // entity-expansion attacks.
        throw ImportError("workbook.dtd", file_,
                          LocalMessage(N_("{part} declares a DTD or entities, which workbooks never need")).set("part", part_),
                          LocalMessage(N_("the file is not a genuine spreadsheet or was tampered with; re-save it "
                                          "from a spreadsheet")));
      }
      continue;
    }
    if (next == '?') {
      special_end_ = "?>";
      pos_ += 2;
      continue;
    }
    tag_scan_ = pos_ + 1;
    quote_ = 0;
    if (!scan_tag()) return;
  }
}

// Finds the '>' that ends the tag at pos_ (quotes may hold '>'); false when
// the tag goes on in the next chunk.
bool XmlStreamParser::scan_tag() {
  const std::size_t size = buffer_.size();
  for (std::size_t i = tag_scan_; i < size; ++i) {
    const char c = buffer_[i];
    if (quote_) {
      if (c == quote_) quote_ = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote_ = c;
    } else if (c == '<') {
      pos_ = i;
      corrupt("a '<' inside a tag");
    } else if (c == '>') {
      const std::size_t begin = pos_;
      tag_scan_ = 0;
      pos_ = i + 1;
      if (buffer_[begin + 1] == '/') end_tag(begin, i + 1);
      else start_tag(begin, i + 1, i > begin + 1 && buffer_[i - 1] == '/');
      return true;
    }
  }
  tag_scan_ = size;
  return false;
}

void XmlStreamParser::start_tag(std::size_t begin, std::size_t end, bool self_closing) {
  std::size_t name_end = begin + 1;
  while (name_end < end && !is_name_end(buffer_[name_end])) ++name_end;
  if (name_end == begin + 1) corrupt("a tag without a name");
  path_.emplace_back(buffer_, begin + 1, name_end - begin - 1);
  if (mode_ != Mode::normal) {
    if (self_closing) path_.pop_back();
    return;
  }
  if (path_.size() == 1) {
    if (had_root_) corrupt("a second root element");
    had_root_ = true;
  }
  switch (handler_.open(path_)) {
    case XmlStreamHandler::Action::descend: {
      // The start tag alone, closed, carries the attributes.
      std::string tag = buffer_.substr(begin, end - begin);
      if (!self_closing) tag.insert(tag.size() - 1, "/");
      auto result = piece_.load_buffer(tag.data(), tag.size(), kParseOptions, pugi::encoding_utf8);
      if (!result) corrupt(result.description());
      handler_.start(path_, piece_.first_child());
      if (self_closing) handler_.close(path_);
      break;
    }
    case XmlStreamHandler::Action::collect:
      if (self_closing) {
        handler_.element(path_, parse_piece(begin, end));
      } else {
        mode_ = Mode::collect;
        mode_depth_ = path_.size();
        collect_begin_ = begin;
      }
      break;
    case XmlStreamHandler::Action::skip:
      if (!self_closing) {
        mode_ = Mode::skip;
        mode_depth_ = path_.size();
      }
      break;
  }
  if (self_closing) path_.pop_back();
}

void XmlStreamParser::end_tag(std::size_t begin, std::size_t end) {
  std::size_t name_end = begin + 2;
  while (name_end < end && !is_name_end(buffer_[name_end])) ++name_end;
  const std::string_view name(buffer_.data() + begin + 2, name_end - begin - 2);
  if (path_.empty() || path_.back() != name)
    corrupt("</" + std::string(name) + "> closes " + (path_.empty() ? "nothing" : "<" + path_.back() + ">"));
  if (mode_ == Mode::normal) {
    handler_.close(path_);
  } else if (path_.size() == mode_depth_) {
    if (mode_ == Mode::collect) handler_.element(path_, parse_piece(collect_begin_, end));
    mode_ = Mode::normal;
  }
  path_.pop_back();
}

// Parses buffer_[begin, end) in place: those bytes are consumed once the
// handler has seen the element.
pugi::xml_node XmlStreamParser::parse_piece(std::size_t begin, std::size_t end) {
  auto result = piece_.load_buffer_inplace(buffer_.data() + begin, end - begin, kParseOptions, pugi::encoding_utf8);
  if (!result) {
    throw ImportError("workbook.corrupt", file_,
                      LocalMessage(N_("{part} is not well-formed XML ({what} at byte {offset})"))
                          .set("part", part_)
                          .set("what", result.description())
                          .set("offset", std::to_string(base_ + begin + std::size_t(result.offset))),
                      LocalMessage(N_("the file may be damaged; open it in a spreadsheet and save it again")));
  }
  return piece_.first_child();
}

void XmlStreamParser::compact() {
  const std::size_t keep_from = mode_ == Mode::collect ? collect_begin_ : pos_;
  // Moving the kept bytes costs their size: do it only when at least as much
  // is dropped, so that a long element is not moved on every chunk.
  if (keep_from == 0 || keep_from < buffer_.size() - keep_from) return;
  buffer_.erase(0, keep_from);
  base_ += keep_from;
  pos_ -= keep_from;
  if (tag_scan_ != 0) tag_scan_ -= keep_from;
  if (mode_ == Mode::collect) collect_begin_ -= keep_from;
}

PathHandler& PathHandler::on(std::vector<std::string> local_path, Callback callback) {
  routes_.push_back({std::move(local_path), std::move(callback)});
  return *this;
}

XmlStreamHandler::Action PathHandler::open(const std::vector<std::string>& path) {
  bool ancestor = false;
  for (const auto& route : routes_) {
    if (path.size() > route.local_path.size()) continue;
    bool match = true;
    for (std::size_t i = 0; i < path.size() && match; ++i) {
      const std::string& name = path[i];
      const auto colon = name.rfind(':');
      const std::string_view local = colon == std::string::npos ? std::string_view(name)
                                                                : std::string_view(name).substr(colon + 1);
      match = route.local_path[i] == "*" || route.local_path[i] == local;
    }
    if (!match) continue;
    if (path.size() == route.local_path.size()) {
      current_ = &route;
      return Action::collect;
    }
    ancestor = true;
  }
  return ancestor ? Action::descend : Action::skip;
}

void PathHandler::element(const std::vector<std::string>& /*path*/, const pugi::xml_node& element) {
  if (current_) current_->callback(element);
}

bool stream_xml_part(ZipArchive& zip, const std::string& part, const std::string& file, XmlStreamHandler& handler,
                     std::uint64_t max_element_bytes) {
  XmlStreamParser parser(handler, file, part, max_element_bytes);
  if (!zip.stream(part, [&](const char* data, std::size_t size) { parser.feed(data, size); })) return false;
  parser.finish();
  return true;
}

}  // namespace allegato
