#pragma once
/// Reading a workbook's XML parts in bounded memory. A part is inflated in
/// chunks and cut at element boundaries; the elements a handler asks for (a
/// sheet row, a shared string, a style) are parsed one at a time with
/// pugixml, so memory holds one element, never the whole part. A sheet of a
/// million rows costs one row of XML at a time.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace allegato {

class ZipArchive;

/// What a reader does with the elements of a part, as they come.
class XmlStreamHandler {
 public:
  enum class Action {
    descend,  ///< report the start tag, then open its children one by one
    collect,  ///< hand over the element whole (children included), parsed
    skip,     ///< ignore the element and everything inside it
  };
  virtual ~XmlStreamHandler() = default;
  /// An element opens outside any collected or skipped one. `path` holds the
  /// qualified names of the open elements, the root first and this one last.
  virtual Action open(const std::vector<std::string>& path) = 0;
  /// The start tag of a descended element, with its attributes (no children).
  virtual void start(const std::vector<std::string>& /*path*/, const pugi::xml_node& /*tag*/) {}
  /// A collected element, whole.
  virtual void element(const std::vector<std::string>& /*path*/, const pugi::xml_node& /*element*/) {}
  /// A descended element closes.
  virtual void close(const std::vector<std::string>& /*path*/) {}
};

/// Cuts UTF-8 XML fed in arbitrary chunks into the handler's events. It checks
/// what pugixml checked on a whole part: tags nest and close, each collected
/// element is well-formed, and no DTD or entity is declared.
class XmlStreamParser {
 public:
  /// `file` and `part` name the input in errors; `max_element_bytes` bounds
  /// what one collected element (or one tag) may hold.
  XmlStreamParser(XmlStreamHandler& handler, std::string file, std::string part, std::uint64_t max_element_bytes);
  /// Throws ImportError "workbook.corrupt", "workbook.dtd" or
  /// "limit.xml_element", or whatever the handler throws.
  void feed(const char* data, std::size_t size);
  /// The part has ended: throws "workbook.corrupt" if it ended mid-element.
  void finish();

 private:
  enum class Mode { normal, collect, skip };
  void process();
  bool scan_tag();
  void start_tag(std::size_t begin, std::size_t end, bool self_closing);
  void end_tag(std::size_t begin, std::size_t end);
  void check_prologue(std::size_t end);
  void compact();
  pugi::xml_node parse_piece(std::size_t begin, std::size_t end);
  [[noreturn]] void corrupt(const std::string& what) const;

  XmlStreamHandler& handler_;
  std::string file_;
  std::string part_;
  std::uint64_t max_element_bytes_;
  std::string buffer_;          // bytes not yet consumed
  std::uint64_t base_ = 0;      // offset in the part of buffer_[0]
  std::size_t pos_ = 0;         // scan position in buffer_
  std::size_t tag_scan_ = 0;    // where the scan of an unfinished tag resumes (0: none)
  char quote_ = 0;              // the open quote inside that tag
  const char* special_end_ = nullptr;  // in a comment, CDATA or PI: what ends it
  std::vector<std::string> path_;
  Mode mode_ = Mode::normal;
  std::size_t mode_depth_ = 0;  // depth of the collected or skipped element
  std::size_t collect_begin_ = 0;
  bool started_ = false;        // the byte-order mark and declaration were checked
  bool had_root_ = false;
  pugi::xml_document piece_;
};

/// The common handler: collects the elements found at given paths of local
/// names ("*" matches any name; {"*", "sheetData", "row"}), descends into
/// their ancestors and skips everything else.
class PathHandler : public XmlStreamHandler {
 public:
  using Callback = std::function<void(const pugi::xml_node&)>;
  PathHandler& on(std::vector<std::string> local_path, Callback callback);
  Action open(const std::vector<std::string>& path) override;
  void element(const std::vector<std::string>& path, const pugi::xml_node& element) override;

 private:
  struct Route {
    std::vector<std::string> local_path;
    Callback callback;
  };
  std::vector<Route> routes_;
  const Route* current_ = nullptr;
};

/// Streams the entry `part` of `zip` through `handler`. Returns false if
/// there is no such entry. Throws what ZipArchive::stream and
/// XmlStreamParser throw.
bool stream_xml_part(ZipArchive& zip, const std::string& part, const std::string& file, XmlStreamHandler& handler,
                     std::uint64_t max_element_bytes);

}  // namespace allegato
