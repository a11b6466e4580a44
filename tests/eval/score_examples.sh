#!/usr/bin/env bash
# Scores actorgraph on the project's own examples against their gold annotations.
#
#   bash tests/eval/score_examples.sh ACTORGRAPH_BIN SOURCE_DIR [MIN_CORE_F1 [MIN_TYPED_F1 [MIN_ACTOR_RECALL]]]
#
# Runs ../shared/eval/score.py (next to SOURCE_DIR) over every examples/NAME.txt that has an
# examples/gold/NAME.gold.json, prints the totals, and exits 1 when core F1, typed F1 or actor
# recall falls below its threshold. Thresholds come from the arguments, else from the
# environment (ACTORGRAPH_MIN_CORE_F1, ACTORGRAPH_MIN_TYPED_F1, ACTORGRAPH_MIN_ACTOR_RECALL),
# else default to 0. ACTORGRAPH_EVAL_DUMP=1 also lists each document's misses and false
# positives. Without score.py (or rdflib) the check prints "skipped" and exits 0.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 ACTORGRAPH_BIN SOURCE_DIR [MIN_CORE_F1 [MIN_TYPED_F1 [MIN_ACTOR_RECALL]]]" >&2
  exit 2
fi
bin=$1
src=$2
min_core=${3:-${ACTORGRAPH_MIN_CORE_F1:-0}}
min_typed=${4:-${ACTORGRAPH_MIN_TYPED_F1:-0}}
min_actors=${5:-${ACTORGRAPH_MIN_ACTOR_RECALL:-0}}
py=/usr/bin/python3
score="$src/../shared/eval/score.py"

if [ ! -f "$score" ]; then
  echo "skipped: $score not found"
  exit 0
fi
if [ ! -x "$py" ] || ! "$py" -c 'import rdflib' 2>/dev/null; then
  echo "skipped: $py with rdflib not available (apt-get install -y python3-rdflib)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "error: actorgraph binary '$bin' not found or not executable" >&2
  exit 1
fi

# Pairs TEXT GOLD, and a check that each gold file still describes its text (sha256), since
# sentence indices and triggers go stale when a text is edited without its gold.
pairs=()
stale=0
for gold in "$src"/examples/gold/*.gold.json; do
  [ -e "$gold" ] || continue
  name=$(basename "$gold" .gold.json)
  text="$src/examples/$name.txt"
  if [ ! -f "$text" ]; then
    echo "error: $gold has no text $text" >&2
    exit 1
  fi
  want=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["sha256"])' "$gold")
  have=$(sha256sum "$text" | cut -d' ' -f1)
  if [ "$want" != "$have" ]; then
    echo "error: $text changed since $gold was annotated (sha256 $have, gold says $want)" >&2
    stale=1
  fi
  pairs+=("$text" "$gold")
done
if [ ${#pairs[@]} -eq 0 ]; then
  echo "error: no gold files in $src/examples/gold" >&2
  exit 1
fi
[ $stale -eq 0 ] || exit 1

if [ "${ACTORGRAPH_EVAL_DUMP:-0}" = 1 ]; then
  "$py" "$score" --bin "$bin" "${pairs[@]}" --dump || true
fi
summary=$("$py" "$score" --bin "$bin" "${pairs[@]}" --json)

"$py" - "$summary" "$min_core" "$min_typed" "$min_actors" <<'EOF'
import json, sys
s = json.loads(sys.argv[1])
mins = {"core": float(sys.argv[2]), "typed": float(sys.argv[3]), "actors": float(sys.argv[4])}
print(f"examples: {s['documents']} documents, {s['errors']} failed to build or parse")
print("          tp/system/gold   P     R     F1")
for k in ("core", "typed", "links", "negated", "actors"):
    v = s[k]
    print(f"  {k:8} {v['tp']:>4}/{v['system']:>4}/{v['gold']:<4}  {v['precision']:.3f} {v['recall']:.3f} {v['f1']:.3f}")
fails = []
for k, what in (("core", "f1"), ("typed", "f1"), ("actors", "recall")):
    if s[k][what] < mins[k]:
        fails.append(f"{k} {what} {s[k][what]:.3f} < {mins[k]:.3f}")
if fails:
    print("FAIL: " + "; ".join(fails))
    sys.exit(1)
print(f"ok: core F1 >= {mins['core']}, typed F1 >= {mins['typed']}, actor recall >= {mins['actors']}")
EOF
