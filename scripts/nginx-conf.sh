#!/usr/bin/env bash
# Prints deploy/nginx.conf with this machine's values on the lines marked "# cluster:", for an
# nginx run by an unprivileged user from a directory of its own (scripts/cluster.sh,
# scripts/faults.sh).
#
#   bash scripts/nginx-conf.sh DIR LISTEN SITE PORT...   (then: nginx -p DIR -c DIR/nginx.conf)
#
# DIR holds nginx's pid, error log and temporary files; LISTEN is nginx's address
# (127.0.0.1:8080); SITE the build's site directory; each PORT a node on 127.0.0.1.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
[ $# -ge 4 ] || { echo "usage: $0 DIR LISTEN SITE PORT..." >&2; exit 2; }
dir=$1 listen=$2 site=$3
shift 3
mkdir -p "$dir/tmp"
# each node twice, as deploy/nginx.conf explains: taken out after failures, and as a backup
# that never is
upstreams=""
for port in "$@"; do upstreams+="        server 127.0.0.1:$port max_fails=2 fail_timeout=3s;\n"; done
for port in "$@"; do upstreams+="        server 127.0.0.1:$port max_fails=0 backup;\n"; done
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
awk -v pid="$dir/nginx.pid" -v err="$dir/error.log" -v tmp="$dir/tmp" \
    -v listen="$listen" -v site="$site" -v proxy="$KETNOI_ROOT/deploy/ketnoi-proxy.conf" \
    -v nodes="$upstreams" -v user="$user_line" '
  NR == 1 && user != "" { print user }
  /# cluster: module/   { sub(/modules\//, "/usr/lib/nginx/modules/"); print; next }
  /# cluster: pid/      { print "pid " pid ";"; next }
  /# cluster: error_log/ { print "error_log " err " warn;"; next }
  /# cluster: temp/     { sub(/\/var\/lib\/nginx/, tmp); print; next }
  /# cluster: nodes/    { if (!done_nodes) { printf "%s", nodes; done_nodes = 1 } next }
  /# cluster: listen/   { print "        listen " listen ";"; next }
  /# cluster: site/     { print "            root " site ";"; next }
  /# cluster: proxy/    { print "            include " proxy ";"; next }
  { print }' "$KETNOI_ROOT/deploy/nginx.conf"
