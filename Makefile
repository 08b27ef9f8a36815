# ihh -- see README.md.  `make test` and `make demo` install what is missing.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/ihh
CC ?= cc
CFLAGS ?= -g -O2
WERROR ?= -Werror

PKGS = libarchive jansson gmime-3.0 libpcre2-8 libxml-2.0 libhs sqlite3
WARN = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
       -Wformat=2 -Wno-format-nonliteral $(WERROR)

ifeq ($(SAN),1)
BUILD ?= build/san
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
BUILD ?= build/out
SANFLAGS =
endif

# pkg-config's -I become -isystem: other projects' headers are not ours to warn about
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null | sed 's/-I/-isystem /g')
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lmagic
override CFLAGS += -std=c11 -D_GNU_SOURCE -DIHH_DATADIR='"$(DATADIR)"' $(WARN) -Iinclude $(PKG_CFLAGS) $(SANFLAGS)
override LDFLAGS += $(SANFLAGS)

LIB_SRC = $(wildcard pipeline/*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/page/review_css.o $(BUILD)/page/review_js.o
PROGS = ihh-read ihh-classify ihh-redact ihh-review ihh-apply ihh-verify ihh-package ihh-nightly ihh-merge
BINS = $(PROGS:%=$(BUILD)/bin/%)
TEST_SRC = $(wildcard tests/*_test.c)
TESTS = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
TOOLS = $(BUILD)/tests/mkbomb $(BUILD)/tests/mkarchive $(BUILD)/tests/gen $(BUILD)/tests/evaluate \
	$(BUILD)/tests/patterns $(BUILD)/tests/match

all: $(BINS)

# the review page's style and script, carried inside the programs
$(BUILD)/page/review_%.c: pipeline/page/review.% scripts/embed.sh
	@mkdir -p $(dir $@)
	@sh scripts/embed.sh review_$* $< >$@

$(BUILD)/page/%.o: $(BUILD)/page/%.c
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c $(wildcard include/*.h pipeline/*.h) Makefile
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libihh.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR      $@"
	@ar rcs $@ $^

$(BUILD)/bin/%: $(BUILD)/cmd/%.o $(BUILD)/libihh.a
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# tests may look inside the library
$(BUILD)/tests/%.o: override CFLAGS += -Ipipeline

$(BUILD)/tests/%_test: $(BUILD)/tests/%_test.o $(BUILD)/tests/harness.o $(BUILD)/libihh.a
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lcriterion

$(BUILD)/tests/mkbomb: $(BUILD)/tests/tools/mkbomb.o
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ -lz

$(BUILD)/tests/gen: $(BUILD)/bench/gen.o
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^

$(BUILD)/tests/patterns: $(BUILD)/bench/patterns.o $(BUILD)/libihh.a
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/tests/match: $(BUILD)/bench/match.o $(BUILD)/libihh.a
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/tests/evaluate: $(BUILD)/tests/tools/evaluate.o
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/tests/mkarchive: $(BUILD)/tests/tools/mkarchive.o
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

deps:
	@sh scripts/deps.sh

test-deps:
	@sh scripts/deps.sh test

bench-deps:
	@sh scripts/deps.sh bench

# The tests find the programs and tools through IHH_BIN and IHH_TOOLS.
test: test-deps
	@$(MAKE) --no-print-directory all-tests
	@python3 -B scripts/lexicon.py --check
	@python3 -B scripts/model.py --check
	@mkdir -p build/tmp && IHH_BIN=$(BUILD)/bin IHH_TOOLS=$(BUILD)/tests sh tests/run.sh $(TESTS)
ifneq ($(SAN),1)
	@IHH_BIN=$(BUILD)/bin sh tests/valgrind.sh
endif
	@IHH_BIN=$(BUILD)/bin sh tests/browser.sh
	@IHH_BIN=$(BUILD)/bin sh tests/nightly.sh

all-tests: $(BINS) $(TESTS) $(TOOLS)

demo: deps
	@$(MAKE) --no-print-directory all $(BUILD)/tests/mkarchive
	@IHH_BIN=$(BUILD)/bin IHH_TOOLS=$(BUILD)/tests sh scripts/demo.sh

# patterns/lexicon.rules and patterns/clauses.model, learned again from the
# labelled corpus
lexicon:
	@python3 -B scripts/lexicon.py

model:
	@python3 -B scripts/model.py

# the real samples, read by programs built with the sanitizers
# accuracy on the labelled corpus in fixtures/eval (dev: tuned on; test: held out)
eval: deps
	@$(MAKE) --no-print-directory all $(BUILD)/tests/evaluate
	@IHH_BIN=$(BUILD)/bin IHH_TOOLS=$(BUILD)/tests sh scripts/eval.sh

interop: test-deps
	@$(MAKE) --no-print-directory SAN=1 all
	@IHH_BIN=build/san/bin sh tests/interop.sh

bench: bench-deps
	@$(MAKE) --no-print-directory all $(TOOLS)
	@IHH_BIN=$(BUILD)/bin IHH_TOOLS=$(BUILD)/tests sh bench/run.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/patterns
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	install -m 644 patterns/*.rules patterns/*.tsv patterns/*.model $(DESTDIR)$(DATADIR)/patterns

uninstall:
	rm -f $(PROGS:%=$(DESTDIR)$(BINDIR)/%)
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build demo-out bench/out

.PHONY: all deps test-deps bench-deps eval lexicon model test all-tests demo interop bench install uninstall clean
.SECONDARY:

# libFuzzer on the readers, seeded from fixtures/ (needs clang)
FUZZ_SECONDS ?= 60
FUZZ_OBJ = $(LIB_SRC:%.c=build/fuzz/%.o) $(BUILD)/page/review_css.o $(BUILD)/page/review_js.o

build/fuzz/%.o: %.c $(wildcard include/*.h pipeline/*.h)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@clang -g -O1 -std=c11 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

build/fuzz/%_fuzz: tests/fuzz/%_fuzz.c $(FUZZ_OBJ)
	@echo "  LD      $@"
	@clang -g -O1 -std=c11 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $^ $(PKG_LIBS)

# the readers on the fixtures' exports; classify and redact on message texts
fuzz: test-deps
	@$(MAKE) --no-print-directory build/fuzz/read_fuzz build/fuzz/mark_fuzz build/fuzz/stream_fuzz
	@# seeds named by their path: result.json, report.xml and _chat.txt come many times
	@mkdir -p build/fuzz/corpus && find fixtures -type f -size -64k ! -name '*.md' ! -name '*.jsonl' | \
		while read -r f; do cp "$$f" "build/fuzz/corpus/$$(echo "$$f" | sha256sum | cut -c1-16)"; done
	build/fuzz/read_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=1024 build/fuzz/corpus
	@mkdir -p build/fuzz/texts && jq -j '.text + "\u0000" + (.subject // "")' fixtures/eval/dev.jsonl | \
		split -t '\0' -l 2 - build/fuzz/texts/t.
	build/fuzz/mark_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -rss_limit_mb=2048 build/fuzz/texts
	@mkdir -p build/fuzz/lines && split -l 1 fixtures/expected/mail-minister-mbox.jsonl build/fuzz/lines/l.
	build/fuzz/stream_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 build/fuzz/lines

.PHONY: fuzz
