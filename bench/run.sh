#!/bin/sh
# make bench: throughput and peak memory of ihh-read on a generated
# corpus, as a table.  IHH_BENCH_MIB sets the mbox sizes (default
# "100 1024": the 1 GiB run shows memory does not grow with input).
set -eu
bin=${IHH_BIN:-build/out/bin}
tools=${IHH_TOOLS:-build/out/tests}
out=bench/out
sizes=${IHH_BENCH_MIB:-100 1024}
mkdir -p "$out"
chmod 700 "$out"

measure() {	# label file args...: prints a table row
	label=$1 file=$2
	shift 2
	bytes=$(stat -c %s "$file")
	/usr/bin/time -f '%e %M' -o "$out/time" "$bin/ihh-read" -q "$@" "$file" >"$out/stream.jsonl"
	read -r secs kib <"$out/time"
	recs=$(wc -l <"$out/stream.jsonl")
	awk -v l="$label" -v b="$bytes" -v r="$recs" -v s="$secs" -v k="$kib" 'BEGIN {
		mb = b / 1048576; if (s <= 0) s = 0.01
		printf "| %-28s | %9.1f | %9d | %7.2f | %8.1f | %8.0f | %9.1f |\n", l, mb, r, s, mb / s, r / s, k / 1024 }'
}

echo "ihh-read benchmark ($(nproc) cores, $(uname -m)); corpus in $out/"
echo
echo "| input                        |  size MiB |   records |  time s |    MiB/s |  msgs/s | peak RSS MiB |"
echo "|------------------------------|-----------|-----------|---------|----------|---------|--------------|"
for lines in 100000 1000000; do
	f="$out/WhatsApp-chat met Bench $lines.txt"
	[ -s "$f" ] || "$tools/gen" whatsapp "$lines" "$f"
	measure "whatsapp, $lines lines" "$f"
done
for mib in $sizes; do
	f="$out/bench-$mib.mbox"
	[ -s "$f" ] || "$tools/gen" mbox "$mib" "$f"
	measure "mbox, $mib MiB" "$f"
	measure "mbox, $mib MiB, --store" "$f" --store "$out/store"
done
rm -rf "$out/store" "$out/stream.jsonl" "$out/time"
