#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser): install it when it is missing.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Cần Chromium tại $chromium_path cho kiểm thử trình duyệt: cài bằng 'apt-get install chromium' (cần quyền root)." >&2
  exit 1
fi
echo "Đang cài Chromium từ kho Debian cho kiểm thử trình duyệt…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
