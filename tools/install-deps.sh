#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing allegato need.
# Idempotent: packages already present are left as they are.
# Usage: tools/install-deps.sh [--samples]   (--samples adds the programs that
# regenerate the sample PDFs and workbooks; tests never need them)
set -euo pipefail

build_packages=(
  build-essential cmake pkg-config ccache
  libpoppler-cpp-dev libpoppler-private-dev libpoppler-dev
  libicu-dev catch2 libzip-dev libpugixml-dev libfreexl-dev
  libsqlite3-dev sqlite3 libxlsxwriter-dev nlohmann-json3-dev
  libbenchmark-dev poppler-utils gettext
)
sample_packages=( chromium python3-openpyxl python3-reportlab libreoffice-calc-nogui fonts-liberation fonts-dejavu-core qpdf )

wanted=("${build_packages[@]}")
if [[ "${1:-}" == "--samples" ]]; then wanted+=("${sample_packages[@]}"); fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#wanted[@]} packages already installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
