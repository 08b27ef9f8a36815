#!/bin/sh
# Reads every real export under ../shared/samples (other projects' test
# files) and checks what a person reading them would see: every message
# accounted for, senders and texts right, no crash and no sanitizer report.
# IHH_BIN names the programs (make interop builds them with sanitizers).
set -u
bin=${IHH_BIN:-build/out/bin}
samples=${IHH_SAMPLES:-../shared/samples}
work=build/tmp/interop
fail=0 checked=0

if [ ! -d "$samples" ]; then
	echo "interop: $samples not found; nothing to check"
	exit 0
fi
command -v jq >/dev/null 2>&1 || { echo "interop: jq is needed" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work" && chmod 700 "$work"

bad() {
	echo "  FAILED  $1: $2"
	fail=1
}

# check FILE STATUS COUNT [JQ-EXPRESSION...]: each expression must be true
# of the array of records
check() {
	f=$1 want_status=$2 want_count=$3
	shift 3
	checked=$((checked + 1))
	"$bin/ihh-read" --store "$work/store" "$samples/$f" >"$work/out" 2>"$work/err"
	st=$?
	if grep -q -e 'runtime error' -e 'AddressSanitizer' -e 'LeakSanitizer' "$work/err"; then
		bad "$f" "sanitizer report"; cat "$work/err"; return
	fi
	[ "$st" -eq "$want_status" ] || { bad "$f" "exit $st, want $want_status: $(cat "$work/err")"; return; }
	n=$(wc -l <"$work/out")
	[ "$n" -eq "$want_count" ] || { bad "$f" "$n records, want $want_count"; return; }
	for e in "$@"; do
		if [ "$(jq -s "$e" "$work/out")" != true ]; then
			bad "$f" "not true: $e"
			return
		fi
	done
	echo "  ok      $f ($n records)"
}

# the number of lines that start a WhatsApp message, counted independently
headers() {
	grep -caP '^(\x{200e}|\xe2\x80\x8e)?\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d\d' "$1"
}

wa=whatsapp
check $wa/chat-analytics/4A_11M.zip 0 14 \
	'.[3].from.name == "Bob" and .[3].text == "hello" and .[3].time == "2020-12-09T23:55:00+01:00"' \
	'[.[] | select(.kind == "system")] | length == 3' \
	'.[11].text == "👩🏻‍⚖️"'
for f in "test_[mmddyy]_24hrs.txt" test_mmddyyyy_12hrs.txt; do
	check "$wa/chat-miner/$f" 0 "$(headers "$samples/$wa/chat-miner/$f")" \
		'.[1].from.name == "John Doe" and .[1].text == "."' \
		'.[2].text == "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."' \
		'.[2].time == "2019-01-30T20:49:00+01:00"' \
		'.[3].text == "Lorem ipsum : dolor sit amet."' \
		'.[4].kind == "system" and .[5].kind == "system" and .[5].text == "You were added"' \
		'.[7].from.name == "🤓" and .[7].text == "Lorem ipsum 🤓"'
done
for f in _chat.txt _chat_file2.txt _chat_file3.txt _chat_file5.txt; do
	check "$wa/sodascience/$f" 0 "$(headers "$samples/$wa/sodascience/$f")" \
		'.[0].kind == "system" and (.[0].text | startswith("Messages and calls are end-to-end encrypted"))' \
		'.[1].from.name == "person1" and (.[1].text | test("^Hi ?\n?\n?shiva!$"))' \
		'.[5].text == "Location: https://maps.google.com/?q=52.089451,5.108469"' \
		'.[6].from.name == "person4"' \
		'.[9].text == "👍Bedankt" and (.[9].time | startswith("2020-07-14T22:05"))'
done
check $wa/sodascience/whatsapp_chat.zip 0 10 \
	'all(.[]; .source.file == "whatsapp_chat.zip/_chat.txt")' \
	'.[2].from.name == "person2" and .[2].text == "Hi 👋"'
check $wa/whatstk/pokemon.txt 0 "$(headers "$samples/$wa/whatstk/pokemon.txt")" \
	'.[0].kind == "system" and .[1].kind == "system"' \
	'.[12].from.name == "Jessie & James"' \
	'.[19].from.name == "Wobbuffet" and .[19].time == "2016-10-31T12:23:00+01:00"'

check mbox/mimekit/issue1189.mbox.txt 0 4 \
	'[.[].subject] == ["Message 1","Message 2","Message 3","Message 4"]' \
	'.[1].attachments[0].name == "Attachment.zip" and .[1].attachments[0].size > 0' \
	'all(.[]; .text | startswith("Body of message"))'
check mbox/mimekit/simple.mbox.txt 0 3 \
	'all(.[]; .text | startswith("Hello world."))' \
	'all(.[]; .from.address == "fejj@gnome.org")'
check mbox/mimekit/unmunged.mbox.txt 0 2 \
	'.[0].text | contains("\n\nFrom Russia with love\n\nWhat does Thunderbird do?")' \
	'.[1].text | contains("From Russia with love\nYear: 1963")'

check eml/dovecot/008.eml 0 1 \
	'.[0].text | startswith("hello\n\n---------- Forwarded message ----------\nFrom: sub@domain.org")' \
	'.[0].text | contains("Hello world")'
check eml/dovecot/012.eml 0 1 '.[0].text | endswith("Subject: submsg\n\nHello another world")'
check eml/enron/enron_dasovich-j_notes_inbox_3944.eml 0 1 \
	'.[0].folder == "\\Jeff_Dasovich_June2001\\Notes Folders\\Notes inbox"' \
	'.[0].subject == "Fwd: failure delivery" and .[0].conversation.title == "failure delivery"'
check eml/enron/enron_farmer-d_entex_1.eml 0 1 \
	'.[0].from.address == "tom.acton@enron.com" and (.[0].text | startswith("---------------------- Forwarded by Tom Acton"))'
check eml/mimekit/japanese.txt 0 1 \
	'.[0].subject == "日本語メールテスト (testing Japanese emails)"' \
	'.[0].text | contains("日本語が\n正常に\n送れているか")'
check eml/mimekit/ukr.eml 0 1 \
	'.[0].text | startswith("шостий")' \
	'.[0].attachments[0].name == "winmail.dat" and .[0].attachments[0].type == "application/ms-tnef"'

check maildir/mail-parser 0 6 \
	'[.[].folder] == ["INBOX","INBOX","My Folder","My Folder","My Folder/Nested Folder","My Folder/Nested Folder"]' \
	'all(.[]; .errors | any(contains("not a mail message")))'

check signal/chat-miner/test_export.txt 0 2 \
	'all(.[]; .source.format == "signal" and .conversation.title == "test_export")' \
	'.[0].from.name == "Jane Doe" and .[0].text == "Hello John!" and .[0].time == "2019-12-24T12:23:00+01:00"' \
	'.[1].from.name == "John Doe" and .[1].text == "Hello\nJane!" and .[1].time == "2020-01-17T21:49:00+01:00"'

tg=telegram
check $tg/chat-analytics/DM_2A_7M.json 0 8 \
	'all(.[]; .source.format == "telegram" and .conversation.title == "Bob")' \
	'[.[] | select(.kind == "system") | .text] == ["Bob joined Telegram", "Call from Alice (0:56)"]' \
	'.[1].text == "https://google.com 👀" and .[1].from.address == "user700000000"' \
	'.[2].time == "2022-03-08T13:07:42+01:00" and .[3].time == "2022-05-10T00:23:53+02:00"' \
	'.[5].attachments == [{"type": "image/jpeg", "missing": true}]' \
	'all(.[]; .errors == null)'
for f in test_single_export.json test_batch_export.json; do
	check "$tg/chat-miner/$f" 0 2 \
		'.[0].from.name == "Author 1" and .[0].text == "Minimal Message"' \
		'.[0].time == "2018-12-05T11:39:10+01:00"' \
		'.[1].text == "Link:https://telegram.org/"' \
		'all(.[]; .errors | any(startswith("no Telegram message id")))' \
		'.[0].id != .[1].id'
done

# every sample file was looked at
total=$(find "$samples" -type f ! -name SOURCES.md ! -path '*/maildir/*' | wc -l)
[ "$checked" -ge "$total" ] || bad samples "$checked checks for $total sample files: a new sample has no check"
[ "$fail" -eq 0 ] && echo "interop: $checked samples read as expected"
exit $fail
