#!/bin/sh
# Install the Debian packages ihh needs to build and test, but only those
# that are missing.  Needs root (or sudo) when something is missing.
#
#   build, demo: gcc make pkg-config libarchive-dev libjansson-dev
#                libgmime-3.0-dev libpcre2-dev libxml2-dev libmagic-dev
#                libvectorscan-dev libsqlite3-dev tzdata jq
#   test:        + libcriterion-dev zlib1g-dev clang valgrind chromium python3
#                python3-websocket (the review page in a headless browser)
#                libxml2-utils (xmllint, to check the MDTO files independently)
#                libjing-java libsaxonhe-java default-jre-headless (a receiving
#                archive's Schematron pre-ingest rules, run as it runs them)
#   bench:       + zlib1g-dev time ripgrep
set -eu

pkgs="gcc make pkg-config libarchive-dev libjansson-dev libgmime-3.0-dev
libpcre2-dev libxml2-dev libmagic-dev libvectorscan-dev libsqlite3-dev tzdata jq"
case ${1:-} in
test) pkgs="$pkgs libcriterion-dev zlib1g-dev clang valgrind chromium python3 python3-websocket libxml2-utils libjing-java libsaxonhe-java default-jre-headless" ;;
bench) pkgs="$pkgs zlib1g-dev time ripgrep" ;;
esac

missing=
for p in $pkgs; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case $st in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

echo "deps: installing$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	echo "deps: missing packages:$missing; run as root: apt-get install$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2 || true
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >&2
