#pragma once
/// Phase 0 of the layout engine: text written turned on the page (a table
/// printed sideways on a portrait page, a block turned by a transform) is
/// read in its own orientation. The direction of each word comes from its
/// glyphs' text matrix (Poppler's word rotation), not from the page's
/// /Rotate. Words of one direction that form a table, or most of the page,
/// are moved into a view of the page turned so that they read left to right;
/// the same phases run on that view, and every box found there is mapped
/// back to the page for provenance and the debug pictures.
#include <string>
#include <vector>

#include "layout/layout_types.hpp"

namespace allegato::layout {

/// A box in the page frame seen from a reader who turned the page so that
/// text of direction `rotation` (0, 90, 180, 270 as in Word::rotation) reads
/// left to right. `page_width`/`page_height` are the page's as displayed.
BBox to_reading_frame(const BBox& box, int rotation, double page_width, double page_height);
/// The inverse of to_reading_frame.
BBox to_page_frame(const BBox& box, int rotation, double page_width, double page_height);

/// A page turned to one reading direction.
struct TurnedView {
  int rotation = 0;         ///< the text direction it reads (90, 180, 270)
  PageInput input;          ///< the moved words (now rotation 0) and every rule, in the turned frame
  std::vector<int> origin;  ///< per word of `input`: its index in the page's words
};

/// The views for the page's turned text (none for an ordinary page). A
/// direction gets a view when its words form at least two lines of two
/// columns or more once turned (a turned table), or are most of the page's
/// words (a page printed sideways); a rotated header over a few columns of
/// an upright table stays with the table. `note` says what was turned.
std::vector<TurnedView> turned_views(const PageInput& page, std::vector<std::string>* notes);

}  // namespace allegato::layout
