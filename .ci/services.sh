#!/usr/bin/env bash
# The servers the test suite drives, installed where missing: Debian's PostgreSQL (the store's
# second back end; the tests start their own throwaway cluster on a free 127.0.0.1 port and stop it)
# and Debian's Chromium (browser tests through Playwright; never a downloaded browser).
# Only as root with apt-get; anywhere else the tests that need them skip and say why.
set -uo pipefail

need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "services: ${need[*]} missing, and installing needs root and apt-get; their tests will skip" >&2
    exit 0
fi
# The tests make their own cluster: keep the package from creating (and starting) a system one.
if [[ " ${need[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
fi
echo "services: installing ${need[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
    echo "services: apt-get failed; the tests that need ${need[*]} will skip" >&2
fi
exit 0
