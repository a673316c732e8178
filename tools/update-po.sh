#!/usr/bin/env bash
# Extracts every message marked in the sources (N_, NC_, tr, trc, trn) into
# po/allegato.pot and merges it into each po/<lang>.po (new messages come in
# untranslated, changed ones fuzzy). Translate, then rebuild: CMake compiles
# the .po files with msgfmt. See docs/developing.md, "Add or change a message".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t sources < <(find src parsers -name '*.cpp' -o -name '*.hpp' | sort)
xgettext --from-code=UTF-8 --language=C++ --add-comments=TRANSLATORS: \
  --keyword=N_ --keyword=NC_:1c,2 --keyword=tr --keyword=trc:1c,2 --keyword=trn:1,2 --keyword=plural:1,2 --keyword=count_text:1,2 --keyword=counted:2,3 \
  --package-name=allegato --msgid-bugs-address=none --sort-by-file \
  -o po/allegato.pot "${sources[@]}"
# Messages use {name} placeholders, never printf: drop xgettext's c-format guesses.
sed -i -e '/^#, c-format$/d' -e 's/^#, fuzzy, c-format$/#, fuzzy/' po/allegato.pot
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" po/allegato.pot
  msgattrib --no-obsolete -o "$po" "$po"
done
for po in po/*.po; do
  sed -i -e '/^#, c-format$/d' -e 's/^#, fuzzy, c-format$/#, fuzzy/' "$po"
  echo -n "$po: "; msgfmt --check --statistics -o /dev/null "$po"
done
