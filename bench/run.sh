#!/bin/sh
# make bench: throughput and peak memory on a generated corpus, as tables.
#
#   IHH_BENCH_MSGS  messages in the chat corpus (default 1000000)
#   IHH_BENCH_MIB   mbox sizes in MiB (default "100 1024")
#   IHH_BENCH_RG_MIB  MiB of the stream ripgrep is timed on (default 8)
#   IHH_BENCH_UFDR_MIB  size of the Cellebrite report.xml in MiB (default 2048; 0: none)
set -eu
bin=${IHH_BIN:-build/out/bin}
tools=${IHH_TOOLS:-build/out/tests}
out=bench/out
msgs=${IHH_BENCH_MSGS:-1000000}
sizes=${IHH_BENCH_MIB:-100 1024}
rg_mib=${IHH_BENCH_RG_MIB:-8}
ufdr_mib=${IHH_BENCH_UFDR_MIB:-2048}
mkdir -p "$out"
chmod 700 "$out"

# row LABEL INPUT-FILE OUTPUT-FILE COMMAND...: runs COMMAND < INPUT > OUTPUT
row() {
	label=$1 in=$2 o=$3
	shift 3
	bytes=$(stat -c %s "$in")
	/usr/bin/time -f '%e %U %S %M' -o "$out/time" "$@" <"$in" >"$o"
	read -r wall user sys kib <"$out/time"
	recs=$(wc -l <"$in")
	awk -v l="$label" -v b="$bytes" -v r="$recs" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kib" 'BEGIN {
		mb = b / 1048576; cpu = u + s; if (cpu <= 0) cpu = 0.01; if (w <= 0) w = 0.01
		printf "| %-34s | %8.1f | %8d | %7.2f | %7.2f | %9.1f | %9.0f | %8.1f |\n",
			l, mb, r, w, cpu, mb / cpu, r / cpu, k / 1024 }'
}

header() {
	echo "| $1 | MiB in | lines in | wall s | CPU s | MiB/s/core | lines/s/core | peak RSS MiB |"
	echo "|------------------------------------|----------|----------|---------|---------|-----------|-----------|----------|"
}

echo "ihh benchmark, $(nproc) cores, $(uname -m); corpus in $out/"
echo

chat="$out/WhatsApp-chat met Bench.txt"
[ -s "$chat" ] && [ "$(cat "$out/chat.msgs" 2>/dev/null)" = "$msgs" ] ||
	{ "$tools/gen" whatsapp "$msgs" "$chat" && echo "$msgs" >"$out/chat.msgs"; }
"$bin/ihh-read" -q "$chat" >"$out/stream.jsonl"
"$bin/ihh-classify" -q --rules patterns <"$out/stream.jsonl" >"$out/classified.jsonl"

# the same patterns for ripgrep, the tool a user would otherwise reach for:
# every text rule as PCRE2 runs it; rg gets a sample, as it is slow
"$tools/patterns" patterns >"$out/patterns.txt"
nrules=$(wc -l <"$out/patterns.txt")
head -c "$((rg_mib * 1048576))" "$out/stream.jsonl" | sed '$d' >"$out/sample.jsonl"

echo "The chain on $msgs chat messages ($nrules text rules; every program on one core):"
echo
header "stage                             "
row "cat (the floor)" "$out/stream.jsonl" /dev/null cat
if command -v rg >/dev/null 2>&1; then
	# PCRE2 cannot take all rules as one alternation: rg gets them in parts;
	# without Unicode it cannot take a code point above 0xff (an emoji's
	# joiner), so the ASCII run leaves out the few rules that name one
	parts() {
		rm -rf "$2" && mkdir -p "$2" && awk -v d="$2" '
			{ if (n && size + length($0) > 4000) { k++; n = 0; size = 0 }
			  print > (d "/part." sprintf("%04d", k)); n++; size += length($0) }' "$1"
	}
	parts "$out/patterns.txt" "$out/rg"
	grep -v '\\x{[0-9a-fA-F]\{3,\}}' "$out/patterns.txt" >"$out/patterns-ascii.txt" || true
	parts "$out/patterns-ascii.txt" "$out/rg-ascii"
	rg_all="for f in \"\$1\"/part.*; do rg -c -P \$2 -f \"\$f\" || true; done"
	row "rg -c -P -f, Unicode (sample)" "$out/sample.jsonl" /dev/null sh -c "$rg_all" - "$out/rg" ""
	row "rg -c -P -f, ASCII (sample)" "$out/sample.jsonl" /dev/null sh -c "$rg_all" - "$out/rg-ascii" \
		--no-pcre2-unicode
fi
row "ihh-read (export to stream)" "$chat" /dev/null "$bin/ihh-read" -q /dev/stdin
row "ihh-classify" "$out/stream.jsonl" /dev/null "$bin/ihh-classify" -q --rules patterns
row "ihh-redact" "$out/classified.jsonl" /dev/null "$bin/ihh-redact" -q --rules patterns
rm -rf "$out/package" "$out/store-empty" && mkdir -p "$out/store-empty"
row "ihh-package (stream to bag folder)" "$out/stream.jsonl" /dev/null "$bin/ihh-package" -q \
	--store "$out/store-empty" -o "$out/package" --format dir
rm -rf "$out/package" "$out/store-empty"
row "read | classify | redact" "$chat" /dev/null sh -c \
	"'$bin/ihh-read' -q /dev/stdin | '$bin/ihh-classify' -q --rules patterns | '$bin/ihh-redact' -q --rules patterns"
echo
echo "(lines in: of the stage's own input; the chain's MiB/s/core is the export's size over the CPU time of all three)"
echo
echo "The rules alone, on the text of the first 200,000 messages held in memory (no JSON; every category on):"
echo
echo "| rules                              | MiB text |  records |   CPU s | MiB/s/core | recs/s/core |     hits |"
echo "|------------------------------------|----------|----------|---------|-----------|-----------|----------|"
"$tools/match" patterns "$out/stream.jsonl" 200000
echo

echo "ihh-read on mail:"
echo
header "input                             "
for mib in $sizes; do
	f="$out/bench-$mib.mbox"
	[ -s "$f" ] || "$tools/gen" mbox "$mib" "$f"
	row "mbox, $mib MiB" "$f" /dev/null "$bin/ihh-read" -q /dev/stdin
	row "mbox, $mib MiB, --store" "$f" /dev/null "$bin/ihh-read" -q --store "$out/store" /dev/stdin
	rm -rf "$out/store"
done

# a read-out zipped as a .ufdr, report first; generated, measured, deleted
if [ "$ufdr_mib" -gt 0 ]; then
	echo
	echo "ihh-read on a Cellebrite read-out (report.xml streamed; the zip is deleted after):"
	echo
	echo "| input                              | MiB report | messages | wall s | CPU s | MiB/s/core | msgs/s/core | peak RSS MiB |"
	echo "|------------------------------------|----------|----------|---------|---------|-----------|-----------|----------|"
	rm -rf "$out/ufdr" "$out/bench.ufdr"
	"$tools/gen" ufdr "$ufdr_mib" "$out/ufdr" 2>/dev/null
	(cd "$out/ufdr" && "$OLDPWD/$tools/mkarchive" ../bench.ufdr report.xml files)
	bytes=$(stat -c %s "$out/ufdr/report.xml")
	rm -rf "$out/ufdr"
	/usr/bin/time -f '%e %U %S %M' -o "$out/time" "$bin/ihh-read" -q --store "$out/store" "$out/bench.ufdr" >"$out/ufdr.jsonl"
	read -r wall user sys kib <"$out/time"
	recs=$(wc -l <"$out/ufdr.jsonl")
	zmib=$(($(stat -c %s "$out/bench.ufdr") >> 20))
	awk -v l="ufdr, $zmib MiB zip, --store" -v b="$bytes" -v r="$recs" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kib" 'BEGIN {
		mb = b / 1048576; cpu = u + s; if (cpu <= 0) cpu = 0.01
		printf "| %-34s | %8.1f | %8d | %7.2f | %7.2f | %9.1f | %9.0f | %8.1f |\n",
			l, mb, r, w, cpu, mb / cpu, r / cpu, k / 1024 }'
	rm -rf "$out/bench.ufdr" "$out/ufdr.jsonl" "$out/store"
fi
rm -rf "$out/time" "$out/classified.jsonl" "$out/sample.jsonl" "$out/rg"
