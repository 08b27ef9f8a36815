#!/bin/sh
# make demo: the chain on the bundled sample exports, as far as it goes:
# alice reads, classifies and marks, and makes the review page; bob's
# verdicts (fixtures/demo/verdicts.tsv, as he filled in the list) become
# the decisions; carol applies them and makes the archive package, which
# ihh-verify checks.  Every run is in the audit log.
# Output in ./demo-out (private).
set -eu
bin=${IHH_BIN:-build/out/bin}
tools=${IHH_TOOLS:-build/out/tests}
out=demo-out
umask 077
rm -rf "$out"
mkdir -p "$out"

# The sample export as an iPhone hands it over: a zip of the chat and its media.
zip="$out/WhatsApp Chat - Kabinet overleg.zip"
"$tools/mkarchive" "$zip" "_chat.txt=fixtures/whatsapp/ios-nl/_chat.txt" \
	"00000014-PHOTO-2024-03-05-14-22-10.jpg=fixtures/whatsapp/ios-nl/00000014-PHOTO-2024-03-05-14-22-10.jpg" \
	"00000018-AUDIO-2024-03-05-16-02-44.opus=fixtures/whatsapp/ios-nl/00000018-AUDIO-2024-03-05-16-02-44.opus"

IHH_LOG=$out/audit.log
export IHH_LOG
echo "ihh demo: a minister's WhatsApp export and her Maildir, read, classified and marked by alice"
echo "  \$ export IHH_LOG=$out/audit.log"
echo "  \$ ihh-read --by alice --store $out/store '$zip' fixtures/mail/maildir |"
echo "      ihh-classify --by alice --rules patterns --contacts fixtures/demo/contacts.txt --marks fixtures/demo/marks.txt |"
echo "      ihh-redact --by alice --rules patterns > $out/marked.jsonl"
"$bin/ihh-read" --by alice --store "$out/store" "$zip" fixtures/mail/maildir |
	"$bin/ihh-classify" --by alice --rules patterns --contacts fixtures/demo/contacts.txt \
		--marks fixtures/demo/marks.txt |
	"$bin/ihh-redact" --by alice --rules patterns > "$out/marked.jsonl"
echo
echo "classes:"
jq -r '.class' "$out/marked.jsonl" | sort | uniq -c | sort -rn | awk '{ printf "  %5d  %s\n", $1, $2 }'
echo "to review: $(jq -r 'select(.review) | .id' "$out/marked.jsonl" | wc -l) of $(wc -l < "$out/marked.jsonl")"
echo
echo "proposed redactions per category:"
jq -r '.redactions[]?.category' "$out/marked.jsonl" | sort | uniq -c | sort -rn |
	awk '{ printf "  %5d  %s\n", $1, $2 }'
echo
echo "one message proposed for deletion, and why:"
jq -c 'select(.class != "zakelijk") | {text, class, reasons}' "$out/marked.jsonl" | head -n 1
echo
echo "one proposed redaction:"
jq -rn '# redaction offsets are UTF-8 bytes; jq slices by character
	def at($b): . as $s | first(range(0; length + 1) | select(($s[0:.] | utf8bytelength) >= $b));
	def flat: gsub("\\s+"; " ");
	first(inputs | select(.redactions)) | .text as $t | .redactions[0] as $r |
	($t | at($r.start)) as $s | ($t | at($r.end)) as $e |
	"  …\($t[0:$s] | .[-30:] | flat)[\($t[$s:$e] | flat)]\($t[$e:] | .[:30] | flat)…",
	"  \($r.category)\(if $r.also then " (also " + ($r.also | join(", ")) + ")" else "" end), Woo \($r.ground), rule \($r.rule) (\($r.at))"' \
	"$out/marked.jsonl"
echo
echo "the four eyes: alice makes the review page; bob decided (fixtures/demo/verdicts.tsv); carol applies"
echo "  \$ ihh-review --by alice -o $out/review < $out/marked.jsonl"
page=$("$bin/ihh-review" --by alice -o "$out/review" "$out/marked.jsonl")
echo "  \$ ihh-review --decide fixtures/demo/verdicts.tsv --by bob -o $out/review < $out/marked.jsonl"
"$bin/ihh-review" --decide fixtures/demo/verdicts.tsv --by bob -o "$out/review" "$out/marked.jsonl"
echo "  \$ ihh-apply --decisions $out/review/decisions.json --by carol --report $out/report.json < $out/marked.jsonl > $out/kept.jsonl"
"$bin/ihh-apply" --decisions "$out/review/decisions.json" --by carol --report "$out/report.json" \
	"$out/marked.jsonl" > "$out/kept.jsonl"
echo
sed -n '8,9p' "$out/report.json.txt" | sed 's/^/  /'
echo
echo "the archive package: carol packages what was kept; ihh-verify checks it as the archive would"
echo "  \$ ihh-package --by carol --store $out/store --config fixtures/demo/package.conf --report $out/report.json -o $out/package.tar.gz --format tar.gz < $out/kept.jsonl"
"$bin/ihh-package" --by carol --store "$out/store" --config fixtures/demo/package.conf \
	--report "$out/report.json" -o "$out/package.tar.gz" --format tar.gz "$out/kept.jsonl"
schema=../shared/standards/MDTO-XML-1.0.1.xsd
if [ -f "$schema" ]; then
	echo "  \$ ihh-verify --schema $schema $out/package.tar.gz"
	"$bin/ihh-verify" --schema "$schema" "$out/package.tar.gz" | sed 's/^/  /'
else
	echo "  \$ ihh-verify $out/package.tar.gz"
	"$bin/ihh-verify" "$out/package.tar.gz" | sed 's/^/  /'
fi
echo
"$bin/ihh-verify" --log "$out/audit.log" | sed 's/^/  /'
echo
echo "review page:   $page  (open it in a browser)"
echo "marked stream: $out/marked.jsonl ($(wc -l < "$out/marked.jsonl") records)"
echo "kept stream:   $out/kept.jsonl ($(wc -l < "$out/kept.jsonl") records), report $out/report.json(.txt)"
echo "store:         $out/store ($(ls "$out/store" | wc -l) attachments, named by SHA-256)"
echo "package:       $out/package.tar.gz (BagIt bag, Nationaal Archief SIP layout, MDTO metadata)"
echo "audit log:     $out/audit.log"
