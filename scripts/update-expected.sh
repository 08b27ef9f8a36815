#!/bin/sh
# Rewrites fixtures/expected/*.jsonl from the current ihh-read.  Read the
# diff (git diff fixtures/expected) before committing it: these files are
# what the tests hold the reader to.
set -eu
bin=${IHH_BIN:-build/out/bin}
out=fixtures/expected
mkdir -p "$out"
while read -r name input; do
	"$bin/ihh-read" -q "$input" > "$out/$name.jsonl" || true
done <<LIST
whatsapp-android-nl fixtures/whatsapp/android-nl
whatsapp-android-en fixtures/whatsapp/android-en
whatsapp-ios-nl fixtures/whatsapp/ios-nl
whatsapp-ios-en fixtures/whatsapp/ios-en
whatsapp-edge fixtures/whatsapp/edge
mail-minister-mbox fixtures/mail/mbox/minister.mbox
mail-mboxo-unescaped fixtures/mail/mbox/mboxo-unescaped.mbox
mail-maildir fixtures/mail/maildir
mail-eml fixtures/mail/eml
LIST
