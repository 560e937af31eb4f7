#!/usr/bin/env bash
# How long a node takes to catch up at scale (issue 16): a PostgreSQL database seeded with
# `seed-demo --scale N` (1470 ≈ 1M documents), then
#   1. a fresh node (empty index directory) starts: time until /healthz answers, until its
#      search finds what the database holds, and until `reindex --check` finds its index exact;
#   2. that node is stopped, 5,000 organisations are committed meanwhile, and it starts again:
#      time until its index is exact again (it follows the outbox from its recorded position).
#
#   scripts/bench-catchup.sh [SCALE=1470]   (KEEP_DB=1 keeps the seeded database for a rerun)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
scale="${1:-1470}"
bin="${KETNOI_BIN:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no binary at $bin: build it first (bash scripts/build.sh)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-catchup.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
eval "$(bash scripts/pg.sh start)"
db="ketnoi_catchup_$scale"
export KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$db" RUST_LOG=warn KETNOI_AUTH__MAIL__DIR="$tmp/mail"
export KETNOI_API__RATE_LIMIT__PER_MINUTE=0
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

if ! psql -q "$KETNOI_TEST_PG_URL" -tc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $db"
  t=$(now)
  KETNOI_INDEX_DIR="$tmp/seed-index" "$bin" seed-demo --scale "$scale" >/dev/null 2>&1
  echo "seed-demo --scale $scale on PostgreSQL: $(since "$t") s (index built alongside)"
fi
docs=$(KETNOI_INDEX_DIR="$tmp/seed-index" "$bin" reindex --check 2>&1 | grep -o '[0-9,]* public documents in the database' | head -1 || true)
echo "corpus: ${docs:-?}; $("$bin" --version), $(nproc) cores, $(date -u +%FT%TZ)"

port=3471
url="http://127.0.0.1:$port"
export KETNOI_ADDR="127.0.0.1:$port" KETNOI_INDEX_DIR="$tmp/node-index"
serve() { "$bin" serve >>"$tmp/node.log" 2>&1 & pid=$!; }
exact() { "$bin" reindex --check >/dev/null 2>&1; }

t=$(now)
serve
until curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; do kill -0 "$pid" || { tail "$tmp/node.log"; exit 1; }; sleep 0.1; done
echo "fresh node: /healthz answered after $(since "$t") s"
until [ "$(curl -fsS "$url/api/v1/search?q=c%C3%B4ng+ngh%E1%BB%87&per_page=1" | grep -o '"totalHits":[0-9]*' | cut -d: -f2)" -gt 1000 ] 2>/dev/null; do
  kill -0 "$pid" || { tail "$tmp/node.log"; exit 1; }; sleep 0.5
done
echo "fresh node: search finds the corpus after $(since "$t") s"
until exact; do sleep 1; done
echo "fresh node: index exact (reindex --check) after $(since "$t") s; index $(du -sh "$KETNOI_INDEX_DIR" | cut -f1), node RSS $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status")"

kill -TERM "$pid"; wait "$pid" || true; pid=""
word="zqkip$RANDOM"   # this run's own word: what it finds is what this run wrote
psql -q -v ON_ERROR_STOP=1 "$KETNOI_DATABASE_URL" -c "INSERT INTO organizations (slug, kind, name_vi, name_folded, short_vi, created_at, updated_at)
  SELECT 'catchup-$word-' || g, 'enterprise', 'Công ty Đuổi kịp $word ' || g, 'cong ty duoi kip $word ' || g,
         'Doanh nghiệp mẫu.', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM generate_series(1, 5000) g"
t=$(now)
serve
until curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; do kill -0 "$pid" || { tail "$tmp/node.log"; exit 1; }; sleep 0.1; done
echo "node down while 5,000 rows were committed: /healthz answered $(since "$t") s after its restart"
hits() { curl -fsS "$url/api/v1/search?q=$word&per_page=1" | grep -o '"totalHits":[0-9]*' | cut -d: -f2; }
until [ "$(hits)" -ge 5000 ] 2>/dev/null; do kill -0 "$pid" || { tail "$tmp/node.log"; exit 1; }; sleep 0.1; done
echo "node down while 5,000 rows were committed: all 5,000 searchable $(since "$t") s after its restart"
exact && echo "and its index is exact (reindex --check)"
kill -TERM "$pid"; wait "$pid" || true; pid=""
psql -q -v ON_ERROR_STOP=1 "$KETNOI_DATABASE_URL" -c "DELETE FROM organizations WHERE slug LIKE 'catchup-%'"
[ "${KEEP_DB:-0}" = 1 ] || psql -q "$KETNOI_TEST_PG_URL" -c "DROP DATABASE $db" || true
