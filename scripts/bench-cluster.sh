#!/usr/bin/env bash
# Write-to-searchable across nodes, on a running scripts/cluster.sh: commits an organisation
# into the cluster's database (what any node's write does: the row and its outbox row in one
# transaction), then polls another node's /search page directly (not through nginx, so the
# node is known) until the new name is found. It polls the search page, every 5 ms: the API's
# per-client rate limit would refuse this many requests. Prints p50/p95/p99/max over N writes; every
# poll's status is checked (a refusal is an error, not an answer).
#
#   bash scripts/bench-cluster.sh [N=100]     (env: KETNOI_CLUSTER_FIRST_PORT=3001, KETNOI_CLUSTER_DB)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
N="${1:-100}"
FIRST_PORT="${KETNOI_CLUSTER_FIRST_PORT:-3001}"
DB_NAME="${KETNOI_CLUSTER_DB:-ketnoi_cluster}"
eval "$(bash scripts/pg.sh start)"
DB_URL="${KETNOI_TEST_PG_URL%/*}/$DB_NAME"
times=()
for i in $(seq 1 "$N"); do
  word="zqbench$(date +%s%N | tail -c 9)x$i"
  node=$((FIRST_PORT + 1 + i % 2))   # the second and third nodes take turns as readers
  start=$(date +%s%N)
  psql -q -v ON_ERROR_STOP=1 "$DB_URL" -c "INSERT INTO organizations (slug, kind, name_vi, name_folded, short_vi,
      created_at, updated_at) VALUES ('$word', 'enterprise', 'Công ty $word', 'cong ty $word', 'Đo độ trễ.',
      '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
  found=0
  for _ in $(seq 1 2000); do
    out=$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$node/search?q=$word")
    code=${out##*$'\n'}
    [ "$code" = 200 ] || { echo "bench-cluster: node $node answered $code" >&2; exit 1; }
    if grep -q "/org/$word\"" <<<"${out%$'\n'*}"; then found=1; break; fi
    sleep 0.005
  done
  [ "$found" = 1 ] || { echo "bench-cluster: $word never became searchable on node $node" >&2; exit 1; }
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$N" '
  { v[NR] = $1 }
  END {
    printf "write-to-searchable on another node, %d writes: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms\n",
      n, v[int(n * 0.50 + 0.5)], v[int(n * 0.95 + 0.5)], v[int(n * 0.99 + 0.5)], v[n]
  }'
psql -q "$DB_URL" -c "DELETE FROM organizations WHERE slug LIKE 'zqbench%'"
