#!/bin/sh
# Import speed: generates N organisations as CSV (default 10,000: startups, enterprises and
# institutes with their kind-specific columns), seeds a fresh demo database, and times
# `ketnoi import orgs` twice: a dry run (read + validate + duplicate checks) and the real
# import (the same plus the inserts in one transaction, with the search outbox triggers).
# `ketnoi import` prints rows/s for each. Then the same for N technology offers, owned by the
# institutes just imported (named by their names, so the owner lookup is measured too).
# Usage: scripts/bench-import.sh [N]
# (KETNOI_BIN picks the binary; default the release build.)
set -eu
N=${1:-10000}
BIN=${KETNOI_BIN:-${CARGO_TARGET_DIR:-target}/release/ketnoi}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KETNOI_DATABASE_URL="sqlite://$dir/bench.db" KETNOI_INDEX_DIR="$dir/index" RUST_LOG=warn
"$BIN" seed-demo >/dev/null 2>&1
awk -v n="$N" 'BEGIN {
  printf "\357\273\277Tên (tiếng Việt),Loại hình,Giới thiệu ngắn,Lĩnh vực,Năm thành lập,Trang web,Mã số thuế,Giai đoạn (khởi nghiệp),Quy mô (doanh nghiệp),Số nhà nghiên cứu\r\n";
  split("Doanh nghiệp|Khởi nghiệp|Viện nghiên cứu", kinds, "|");
  for (i = 1; i <= n; i++) {
    k = kinds[(i % 3) + 1];
    stage = (k == "Khởi nghiệp") ? "mvp" : "";
    size = (k == "Doanh nghiệp") ? "Nhỏ" : "";
    res = (k == "Viện nghiên cứu") ? 40 : "";
    printf "%s thử nghiệm số %d,%s,Đơn vị thử nghiệm tốc độ nhập dữ liệu,\"Nông nghiệp công nghệ cao; Công nghệ số, AI, IoT\",2015,https://don-vi-%d.example.vn,27%08d,%s,%s,%s\r\n", k, i, k, i, i, stage, size, res;
  }
}' > "$dir/orgs.csv"
echo "== $N rows, dry run"
"$BIN" import orgs "$dir/orgs.csv" --dry-run | tail -2
echo "== $N rows, import"
"$BIN" import orgs "$dir/orgs.csv" | tail -2
awk -v n="$N" 'BEGIN {
  printf "\357\273\277Tổ chức,Tên công nghệ,Tóm tắt,Vấn đề giải quyết,Ưu điểm,Ứng dụng,TRL,Tình trạng sở hữu trí tuệ,Giá thỏa thuận,Lĩnh vực,Hình thức hợp tác\r\n";
  for (i = 1; i <= n; i++) {
    owner = 3 * (i % int(n / 3)) + 2;
    printf "Viện nghiên cứu thử nghiệm số %d,Công nghệ thử nghiệm số %d,Tóm tắt công nghệ,Vấn đề,Ưu điểm,Ứng dụng,%d,Bí quyết kỹ thuật,Có,Nông nghiệp công nghệ cao,\"Li-xăng; Dịch vụ kỹ thuật\"\r\n", owner, i, (i % 9) + 1;
  }
}' > "$dir/offers.csv"
echo "== $N offers, dry run"
"$BIN" import offers "$dir/offers.csv" --dry-run | tail -2
echo "== $N offers, import"
"$BIN" import offers "$dir/offers.csv" | tail -2
