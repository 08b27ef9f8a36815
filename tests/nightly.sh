#!/bin/sh
# ihh-nightly: exactly once, whatever a night throws at it.  A Maildir
# that grows, moves, flags, renames and holds a broken message; runs
# killed at every step and run again; two runs at once; a disk that fills
# up; a month of nights on a fixed clock.  Every check counts the records
# in the *.jsonl files under OUT/runs, as `jq` would prove it.
set -u
bin=${IHH_BIN:-build/out/bin}
work=build/tmp/nightly
rm -rf "$work"
mkdir -p "$work"
chmod 700 "$work"
fail=0

say() { printf '  %-7s nightly: %s\n' "$1" "$2"; }
bad() { say FAILED "$1"; fail=1; }

# mail NAME FOLDER SUBJECT BODY: one message file (new/), a unique Message-ID
mail() {
	dir=$1/${2:+.$2/}new
	mkdir -p "$dir" "$1/${2:+.$2/}cur" "$1/${2:+.$2/}tmp"
	cat >"$dir/$3" <<EOF
From: Karin de Groot <k.degroot@minszw.nl>
To: Marloes Verhagen <m.verhagen@minszw.nl>
Subject: $4
Date: Mon, 4 Mar 2024 10:00:00 +0100
Message-ID: <$3@example.org>
Content-Type: text/plain; charset=utf-8

$5
EOF
}

night() {	# OUT [env...]: one run; its exit status
	out=$1
	shift
	env "$@" "$bin/ihh-nightly" -q --maildir "$work/Maildir" --owner "Marloes Verhagen" \
		--out "$out" --rules fixtures/rules-test 2>>"$work/stderr"
}

# every record under OUT/runs, by Message-ID, each once; prints the count
count_once() {
	find "$1/runs" -path '*/.*' -prune -o -name '*.jsonl' -print | xargs -r cat |
		jq -r '.message_id' | sort >"$work/ids"
	dups=$(uniq -d <"$work/ids" | wc -l)
	[ "$dups" -eq 0 ] || echo "duplicates: $(uniq -d <"$work/ids" | tr '\n' ' ')" >&2
	wc -l <"$work/ids"
}

base_maildir() {
	rm -rf "$work/Maildir"
	mail "$work/Maildir" "" m1 "Kamerbrief" "De Kamerbrief staat klaar."
	mail "$work/Maildir" "" m2 "Zaterdag" "Gefeliciteerd met je verjaardag!"
	mail "$work/Maildir" "Dossiers" m3 "Kamerbrief" "De Kamerbrief over de begroting."
	mail "$work/Maildir" "Priv&AOk-" m4 "Etentje" "Etentje zaterdag?"
}

# 1. A Maildir that grows between runs --------------------------------------
base_maildir
night "$work/o1" || bad "first run"
[ "$(count_once "$work/o1")" -eq 4 ] || bad "first run: not 4 messages once"
mail "$work/Maildir" "" m5 "Kamerbrief" "Nog een Kamerbrief."		# new mail
mv "$work/Maildir/new/m1" "$work/Maildir/.Dossiers/cur/m1:2,S"		# moved and flagged
mv "$work/Maildir/.Dossiers" "$work/Maildir/.Archief"			# a folder renamed
printf 'not a mail \001\002 at all' >"$work/Maildir/new/m6"		# broken
ln -s "$work/nowhere" "$work/Maildir/new/m7"				# cannot be read
night "$work/o1"
st=$?
[ "$st" -eq 1 ] || bad "an unreadable message: exit $st, not 1"
grep -q "m7: .* (not taken; tried again next night)" "$work/stderr" || bad "the unreadable message is not named"
[ "$(count_once "$work/o1")" -eq 6 ] || bad "second run: not 6 messages once ($(count_once "$work/o1"))"
rm "$work/Maildir/new/m7"
mail "$work/Maildir" "" m7 "Kamerbrief" "Nu wel te lezen."
night "$work/o1" || bad "third run"
[ "$(count_once "$work/o1")" -eq 7 ] || bad "the retried message is not taken once"
night "$work/o1" || bad "a run with nothing new"
[ "$(count_once "$work/o1")" -eq 7 ] || bad "nothing new took something"
[ "$fail" -eq 0 ] && say ok "a Maildir that grows, moves, flags, renames, breaks: every message once"

# 2. Killed at every step, then run again -------------------------------------
for point in read package-written queue-written pending-committed renamed done; do
	base_maildir
	rm -rf "$work/o2"
	night "$work/o2" IHH_NIGHTLY_KILL_AT=$point
	st=$?
	[ "$st" -eq 137 ] || bad "kill at $point: exit $st, not killed"
	night "$work/o2" || bad "the run after a kill at $point"
	n=$(count_once "$work/o2")
	[ "$n" -eq 4 ] || bad "killed at $point: $n records, not 4 once"
done
[ "$fail" -eq 0 ] && say ok "killed (SIGKILL) at each of 6 steps and run again: every message once"

# 3. Two runs at once ------------------------------------------------------------
base_maildir
rm -rf "$work/o3"
mkdir -p "$work/o3"
flock "$work/o3/.lock" sleep 3 &
holder=$!
sleep 0.5
night "$work/o3"
st=$?
wait $holder
[ "$st" -eq 2 ] || bad "a second run: exit $st, not 2"
grep -q "another ihh-nightly is running" "$work/stderr" || bad "the second run does not say why it stops"
[ ! -e "$work/o3/state.sqlite" ] || bad "the second run touched the state"
night "$work/o3" || bad "the run after the lock was free"
[ "$(count_once "$work/o3")" -eq 4 ] || bad "after two runs at once: not 4 once"
[ "$fail" -eq 0 ] && say ok "two runs at once: the second stops, the state is intact"

# 4. A disk that fills up ----------------------------------------------------------
base_maildir
rm -rf "$work/o4"
mkdir -p "$work/o4"
if mount -t tmpfs -o size=40k,mode=0700 tmpfs "$work/o4" 2>/dev/null; then
	full="a 40 KiB file system"
	night "$work/o4" 2>/dev/null
	st=$?
	grow() { mount -o remount,size=16m "$work/o4"; }
else
	# no mount here: a file may not grow past 16 KiB instead
	full="files limited to 16 KiB"
	sh -c "trap '' XFSZ; ulimit -f 16; exec '$bin/ihh-nightly' -q --maildir '$work/Maildir' --owner M --out '$work/o4' --rules fixtures/rules-test" 2>>"$work/stderr"
	st=$?
	grow() { :; }
fi
[ "$st" -eq 2 ] || bad "a full disk ($full): exit $st, not 2"
tail -n 1 "$work/stderr" | grep -q -i "no space left\|disk is full\|disk I/O error\|too large" ||
	bad "a full disk ($full): no clear error: $(tail -n 1 "$work/stderr")"
[ -z "$(find "$work/o4/runs" -name '*.jsonl' ! -path '*/.*' 2>/dev/null)" ] || bad "a full disk left records behind"
grow
night "$work/o4" || bad "the run after the disk had room again"
[ "$(count_once "$work/o4")" -eq 4 ] || bad "after a full disk: not 4 once"
umount "$work/o4" 2>/dev/null
[ "$fail" -eq 0 ] && say ok "a full disk ($full): a clear error, a clean state, then every message once"

# 5. A month of nights, a fixed clock -------------------------------------------------
rm -rf "$work/Maildir" "$work/o5"
mail "$work/Maildir" "" start "Kamerbrief" "De eerste Kamerbrief."
biz=1 priv=0 day=1
while [ $day -le 30 ]; do
	d=$(printf '2024-04-%02d' $day)
	mail "$work/Maildir" "" "b$day" "Kamerbrief $d" "De Kamerbrief van $d."
	biz=$((biz + 1))
	if [ $((day % 3)) -eq 0 ]; then
		mail "$work/Maildir" "" "p$day" "Feest" "Gefeliciteerd met je verjaardag, $d!"
		priv=$((priv + 1))
	fi
	night "$work/o5" IHH_NIGHTLY_DATE=$d || bad "night $d"
	day=$((day + 1))
done
pk=$(find "$work/o5/runs" -path '*/.*' -prune -o -path '*/package/*' -name '*.jsonl' -print | xargs -r cat |
	jq -r 'select(.class == "zakelijk") | .message_id' | sort | uniq | wc -l)
pkall=$(find "$work/o5/runs" -path '*/.*' -prune -o -path '*/package/*' -name '*.jsonl' -print | xargs -r cat | wc -l)
prv=$(find "$work/o5/runs" -path '*/.*' -prune -o -path '*/package/*' -name '*.jsonl' -print | xargs -r cat |
	jq -r 'select(.class != "zakelijk") | .id' | wc -l)
[ "$pk" -eq "$biz" ] && [ "$pkall" -eq "$biz" ] || bad "a month: $pkall package records, $pk distinct business mails, not $biz"
[ "$prv" -eq 0 ] || bad "a month: $prv private mails in a package"
[ "$(ls "$work/o5/runs" | wc -l)" -eq 30 ] || bad "a month: not 30 nights"
[ "$fail" -eq 0 ] && say ok "a month of nights: $biz business mails once in the packages, none of $priv private ones"
# 6. One job, two mailboxes ----------------------------------------------------------
rm -rf "$work/Maildir" "$work/Maildir2" "$work/o6"
mail "$work/Maildir" "" a1 "Kamerbrief" "De Kamerbrief staat klaar."
mail "$work/Maildir" "" a2 "Zaterdag" "Gefeliciteerd met je verjaardag!"
mail "$work/Maildir2" "" c1 "Kamerbrief" "De Kamerbrief over de begroting."
printf '%s\n' "# the minister and the state secretary" "out = $work/o6" "rules = fixtures/rules-test" \
	"mailbox = $work/Maildir | Marloes Verhagen" "mailbox = $work/Maildir2 | Lisa Kramer" >"$work/job.conf"
"$bin/ihh-nightly" -q --config "$work/job.conf" 2>>"$work/stderr" || bad "a job of two mailboxes"
[ "$(count_once "$work/o6/Marloes_Verhagen")" -eq 2 ] || bad "the first mailbox: not 2 once"
[ "$(count_once "$work/o6/Lisa_Kramer")" -eq 1 ] || bad "the second mailbox: not 1 once"
"$bin/ihh-nightly" --config "$work/job.conf" --dry-run 2>>"$work/stderr" | grep -q "Lisa Kramer): 1 messages, 0 new" ||
	bad "a dry run does not say what is new"
[ "$fail" -eq 0 ] && say ok "one job, two mailboxes: each into its own folder, once"
# 7. The state elsewhere -------------------------------------------------------------
base_maildir
rm -rf "$work/o8" "$work/st8"
"$bin/ihh-nightly" -q --maildir "$work/Maildir" --owner M --out "$work/o8" --state "$work/st8" \
	--rules fixtures/rules-test 2>>"$work/stderr" || bad "a run with its state elsewhere"
[ -f "$work/st8/state.sqlite" ] && [ -f "$work/st8/.lock" ] && [ ! -e "$work/o8/state.sqlite" ] ||
	bad "--state: the state and the lock are not where told"
"$bin/ihh-nightly" -q --maildir "$work/Maildir" --owner M --out "$work/o8" --state "$work/st8" \
	--rules fixtures/rules-test 2>>"$work/stderr" || bad "the second run with its state elsewhere"
[ "$(count_once "$work/o8")" -eq 4 ] || bad "--state: not 4 once"
[ "$fail" -eq 0 ] && say ok "the state and the lock where told (--state): every message once"
exit $fail
