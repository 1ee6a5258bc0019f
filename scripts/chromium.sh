#!/usr/bin/env bash
# Installs Debian's chromium, which the browser tests (test/web) and `npm run bench:web`
# drive through playwright-core. Nothing to do when /usr/bin/chromium is there; otherwise
# it needs root and Debian's package registry. .ci/run calls it before the tests.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing and installing it needs root: sudo $0" >&2
  exit 1
fi
echo "installing Debian's chromium (apt-get)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
