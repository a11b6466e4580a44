#!/usr/bin/env bash
# Scores actorgraph on the seed story (../shared/seed) against its gold annotation and fails
# when a figure drops below its floor. Skipped when ../shared or rdflib is not there.
#   bash tests/eval/score_seed.sh ACTORGRAPH_BIN SOURCE_DIR MIN_CORE_F1 MIN_TYPED_F1 MIN_ACTOR_RECALL MIN_ACTOR_PRECISION
set -euo pipefail
bin=$1 src=$2
shared="$src/../shared"
py=/usr/bin/python3
if [ ! -f "$shared/eval/score.py" ] || [ ! -f "$shared/seed/h20-article.txt" ]; then
  echo "skipped: $shared/eval/score.py or the seed is not there"
  exit 0
fi
if ! "$py" -c 'import rdflib' 2>/dev/null; then
  echo "skipped: $py with rdflib not available"
  exit 0
fi
json=$("$py" "$shared/eval/score.py" --bin "$bin" "$shared/seed/h20-article.txt" \
  "$shared/eval/h20-article.gold.json" --json)
echo "$json"
"$py" - "$json" "${3:-0}" "${4:-0}" "${5:-0}" "${6:-0}" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
floors = {("core", "f1"): float(sys.argv[2]), ("typed", "f1"): float(sys.argv[3]),
          ("actors", "recall"): float(sys.argv[4]), ("actors", "precision"): float(sys.argv[5])}
bad = [f"{k} {m} {s[k][m]} < {v}" for (k, m), v in floors.items() if s[k][m] < v]
if s.get("errors"):
    bad.append(f"{s['errors']} document(s) failed to build")
print("FAIL: " + "; ".join(bad) if bad else "ok: seed above every floor")
sys.exit(1 if bad else 0)
PY
