#!/usr/bin/env bash
# Installs what actorgraph needs on Debian 12 (run as root). Safe to run again: it installs
# only what is missing, and does nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake pkg-config time
  libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz catch2 libcli11-dev libstemmer-dev
  scowl                              # common English words (cmake/DictionaryWords.cmake)
  python3-rdflib python3-networkx   # interoperability tests and ../shared/eval/score.py
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# jsonld.js for the JSON-LD interoperability test (npm comes with the machine's Node.js).
here=$(cd "$(dirname "$0")/.." && pwd)
if [[ "${1:-}" == "--tests" ]] && command -v npm >/dev/null; then
  if [[ ! -d "$here/tests/interop/node_modules/jsonld" ]]; then
    echo "setup: installing jsonld from npm"
    (cd "$here/tests/interop" && npm install --no-audit --no-fund --silent >/dev/null)
  fi
fi
