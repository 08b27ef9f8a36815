#!/bin/sh
# make demo: the chain on the bundled sample exports.  For now the chain
# is its first program, ihh-read; the output goes to ./demo-out (private).
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

echo "ihh demo: reading a minister's WhatsApp export and her Maildir"
echo "  \$ ihh-read --store $out/store '$zip' fixtures/mail/maildir > $out/stream.jsonl"
"$bin/ihh-read" --store "$out/store" "$zip" fixtures/mail/maildir > "$out/stream.jsonl"
echo
echo "messages per conversation:"
jq -r '[.kind, .conversation.title] | @tsv' "$out/stream.jsonl" | sort | uniq -c | sort -rn |
	awk -F'\t' '{ printf "  %s  %s\n", $1, $2 }'
echo
echo "one message, as the stream holds it:"
jq -c 'select(.attachments and .attachments[0].sha256)' "$out/stream.jsonl" | head -n 1
echo
echo "stream: $out/stream.jsonl ($(wc -l < "$out/stream.jsonl") records)"
echo "store:  $out/store ($(ls "$out/store" | wc -l) attachments, named by SHA-256)"
