#!/usr/bin/env bash
# Installs the pinned version of Pagefind, which `sitegen build` runs for a site with
# `search: true`, unless SITEGEN_PAGEFIND names one (then sitegen runs that one alone) or that
# version is installed already: in the cache folder below, or, when that holds no Pagefind, as
# the `pagefind` on PATH (sitegen prefers the cache folder's, whatever its version).
#
# It installs the PyPI package pagefind-bin (the Pagefind binary in a wheel) with
# `pip install --target` into $XDG_CACHE_HOME/sitegen/pagefind-bin (~/.cache/... when
# XDG_CACHE_HOME is unset or relative, which the XDG specification makes invalid): nothing goes
# into the system's Python, so this works on Debian 12's "externally managed" Python too, and
# needs no venv. The version is pinned, and sitegen prefers this folder to a `pagefind` on
# PATH, so every machine writes the same index.
set -euo pipefail

version=1.5.2
cache="${XDG_CACHE_HOME:-}"
case "$cache" in
    /*) ;;
    *) cache="$HOME/.cache" ;;
esac
folder="$cache/sitegen/pagefind-bin"
binary="$folder/pagefind_bin/pagefind"

if [ -n "${SITEGEN_PAGEFIND:-}" ]; then
    exit 0
fi
if [ -x "$binary" ] && [ "$("$binary" --version 2>/dev/null)" = "pagefind $version" ]; then
    exit 0
fi
# Another version in the cache folder is replaced: sitegen would run it before any on PATH.
if [ ! -e "$binary" ] && command -v pagefind >/dev/null \
    && [ "$(pagefind --version 2>/dev/null)" = "pagefind $version" ]; then
    exit 0
fi

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
if ! python3 -m pip --version >/dev/null 2>&1; then
    echo "Installing python3-pip (to install Pagefind)"
    $SUDO apt-get update -q && $SUDO apt-get install -y -q python3-pip
fi
echo "Installing Pagefind $version (PyPI pagefind-bin) into $folder"
rm -rf "$folder"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-compile --target "$folder" "pagefind-bin==$version"
"$binary" --version
