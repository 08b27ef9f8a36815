#!/bin/sh
# The programs under valgrind on every fixture: no invalid access, no
# leak.  PCRE2's JIT code is opaque to valgrind, so it is off here
# (IHH_NO_JIT).
set -u
bin=${IHH_BIN:-build/out/bin}
command -v valgrind >/dev/null 2>&1 || { echo "  skipped valgrind (not installed)"; exit 0; }
work=build/tmp/valgrind
rm -rf "$work" && mkdir -p "$work"
# every run is logged: the audit code runs under valgrind too, and the
# programs that write the stream say their summary after closing it
IHH_LOG=$work/audit.log
export IHH_LOG

vg() {	# name output command...
	name=$1 o=$2
	shift 2
	if IHH_NO_JIT=1 valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect --suppressions=tests/valgrind.supp \
	    "$@" >"$o" 2>"$work/err"; then
		echo "  ok      valgrind $name ($(wc -l <"$o") records)"
	else
		echo "  FAILED  valgrind $name (exit $?)"
		cat "$work/err"
		exit 1
	fi
}

vg ihh-read "$work/read" "$bin/ihh-read" --store "$work/store" fixtures/whatsapp fixtures/mail
vg "ihh-read (Telegram)" "$work/read-telegram" "$bin/ihh-read" -q --store "$work/store" \
	fixtures/telegram/account fixtures/telegram/chat fixtures/telegram/damaged
vg "ihh-read signal sms" "$work/read-signal-sms" "$bin/ihh-read" -q --store "$work/store" \
	fixtures/signal/export fixtures/sms/sms-20240310211403.xml
vg "ihh-read (UFDR)" "$work/read-ufdr" "$bin/ihh-read" -q --store "$work/store" fixtures/ufdr/kabinet
vg ihh-classify "$work/classified" "$bin/ihh-classify" --rules fixtures/rules-test \
	--contacts fixtures/demo/contacts.txt --marks fixtures/demo/marks.txt "$work/read"
vg ihh-redact "$work/marked" "$bin/ihh-redact" --rules fixtures/rules-test --also iban,telefoon \
	"$work/classified"
vg "ihh-review --list" "$work/items.tsv" "$bin/ihh-review" -q --list "$work/marked"
awk -F'\t' 'BEGIN { OFS = "\t" } NR > 1 { $6 = $2 == "check" ? "accept" : NR % 3 ? "accept" : "reject" } { print }' \
	"$work/items.tsv" >"$work/filled.tsv"
vg "ihh-review --decide" "$work/decisions.json" "$bin/ihh-review" -q --decide "$work/filled.tsv" \
	--by bob "$work/marked"
vg ihh-apply "$work/kept" "$bin/ihh-apply" --decisions "$work/decisions.json" --by carol \
	--report "$work/report.json" "$work/marked"
vg "ihh-review -o" "$work/page.out" "$bin/ihh-review" -q -o "$work/page" --by alice "$work/marked"
vg ihh-verify "$work/verify.out" "$bin/ihh-verify" -q --log "$IHH_LOG"
vg ihh-package "$work/package.out" "$bin/ihh-package" -q --store "$work/store" -o "$work/package" \
	--report "$work/report.json" "$work/kept"
vg "ihh-verify PACKAGE" "$work/verify-package.out" "$bin/ihh-verify" -q "$work/package"
rm -rf "$work/Maildir" && cp -r fixtures/mail/maildir "$work/Maildir"
vg ihh-nightly "$work/nightly.out" "$bin/ihh-nightly" -q --maildir "$work/Maildir" --owner M \
	--out "$work/nightly" --rules fixtures/rules-test
printf 'out = %s\nrules = fixtures/rules-test\nmailbox = %s | A\nmailbox = %s | B\n' "$work/nightly2" \
	"$work/Maildir" "$work/Maildir" >"$work/job.conf"
vg "ihh-nightly --config (two mailboxes)" "$work/nightly2.out" "$bin/ihh-nightly" -q --config "$work/job.conf"
vg "ihh-nightly --dry-run" "$work/nightly-dry.out" "$bin/ihh-nightly" --config "$work/job.conf" --dry-run
"$bin/ihh-read" -q fixtures/merge/ios-nl >"$work/ios-nl.jsonl"
vg ihh-merge "$work/merged" "$bin/ihh-merge" --contacts fixtures/merge/contacts.txt --store "$work/store" \
	--coverage "$work/coverage" --period 2024-03-01/2024-03-10 fixtures/merge/android-nl fixtures/merge/android-en \
	--stream "$work/ios-nl.jsonl"
