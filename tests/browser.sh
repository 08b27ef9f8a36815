#!/bin/sh
# The reviewer's page in headless Chromium (Debian's chromium, driven over
# the DevTools protocol by tests/browser/review_page.py): the chain up to
# review.html as alice, the page decided with clicks and keys, reloaded,
# exported; then ihh-apply as carol on that export, checked.  Screenshots
# and the rest in build/tmp/browser/.
set -eu
bin=${IHH_BIN:-build/out/bin}
out=build/tmp/browser
rm -rf "$out"
mkdir -p "$out"
chmod 700 "$out"
log=$out/audit.log

# the sample exports, and a message that tries to run in the page
"$bin/ihh-read" -q fixtures/whatsapp/ios-nl fixtures/mail/maildir >"$out/read.jsonl"
printf '%s\n' '{"id":"000000000badc0de","kind":"chat","conversation":{"id":"0000000000000x01","title":"Lot"},"from":{"name":"Lot"},"text":"Gefeliciteerd met je verjaardag! <img src=x onerror=window.pwned=1> <script>window.pwned=2</script>"}' \
	>>"$out/read.jsonl"
"$bin/ihh-classify" -q --log "$log" --by alice --rules patterns --contacts fixtures/demo/contacts.txt \
	"$out/read.jsonl" >"$out/classified.jsonl"
"$bin/ihh-redact" -q --log "$log" --by alice --rules patterns "$out/classified.jsonl" >"$out/marked.jsonl"
"$bin/ihh-review" -q --list "$out/marked.jsonl" >"$out/items.tsv"
n=$(($(wc -l <"$out/items.tsv") - 1))
"$bin/ihh-review" -q -o "$out" --by alice --log "$log" "$out/marked.jsonl" >/dev/null

/usr/bin/python3 tests/browser/review_page.py "$out/review.html" "$out" "$n"

"$bin/ihh-apply" -q --decisions "$out/decisions.json" --by carol --log "$log" \
	--report "$out/report.json" "$out/marked.jsonl" >"$out/kept.jsonl"
/usr/bin/python3 tests/browser/check_apply.py "$out/items.tsv" "$out/decisions.json" \
	"$out/marked.jsonl" "$out/kept.jsonl"
