#!/bin/sh
# ihh-read under valgrind on every fixture: no invalid access, no leak.
# PCRE2's JIT code is opaque to valgrind, so it is off here (IHH_NO_JIT).
set -u
bin=${IHH_BIN:-build/out/bin}
command -v valgrind >/dev/null 2>&1 || { echo "  skipped valgrind (not installed)"; exit 0; }
work=build/tmp/valgrind
rm -rf "$work" && mkdir -p "$work"
if IHH_NO_JIT=1 valgrind -q --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --suppressions=tests/valgrind.supp \
    "$bin/ihh-read" -q --store "$work/store" fixtures/whatsapp fixtures/mail \
    >"$work/out" 2>"$work/err"; then
	echo "  ok      valgrind (ihh-read on all fixtures, $(wc -l <"$work/out") records)"
else
	st=$?
	[ "$st" -eq 99 ] && { echo "  FAILED  valgrind"; cat "$work/err"; exit 1; }
	echo "  FAILED  valgrind run ended with $st"; cat "$work/err"; exit 1
fi
