# grip — the build. GNU Make and pkg-config; see README.md.
#
#   make            build build/grip
#   make check      install what is missing, build, run every test (plain on
#                   SQLite, plain on a throwaway PostgreSQL server, and under
#                   ASan+UBSan), end with "N passed, N failed"
#   make run        install what is missing, build, load demo.db, serve it
#   make SAN=1      build the sanitizer variant into build/san
#   make install    install build/grip and its man page under PREFIX
#                   (default /usr/local; DESTDIR is prepended for staging);
#                   make uninstall removes them
#   make fuzz       build the libFuzzer targets (clang) into build/fuzz and run
#                   each for FUZZ_SECONDS (see tests/fuzz/README.md)

PKGS      := sqlite3 libpq jansson libsodium libmicrohttpd
CC        ?= cc
SAN       ?= 0
WERROR    ?= $(if $(filter true,$(CI)),1,0)
BUILD     := build$(if $(filter 1,$(SAN)),/san,)

WARN      := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wvla -Wformat=2 \
             -Wno-format-nonliteral
CFLAGS    ?= -O2 -g
CFLAGS    += -std=c17 -D_POSIX_C_SOURCE=200809L $(WARN) -MMD -MP \
             -Isrc -I$(BUILD)/gen $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS    += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -lpthread
ifeq ($(WERROR),1)
CFLAGS    += -Werror
endif
ifeq ($(SAN),1)
CFLAGS    += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=undefined
LDFLAGS   += -fsanitize=address,undefined
endif

# The HTML writer depends on nothing of the faces: it sits in the library,
# where its unit test links it.
LIB_SRC   := $(wildcard src/util/*.c src/store/*.c src/core/*.c src/demo/*.c) src/web/html.c
CLI_SRC   := $(filter-out src/web/html.c,$(wildcard src/cli/*.c src/api/*.c src/web/*.c src/deliver/*.c))
SQL       := $(sort $(wildcard src/store/sql/*.sql))
# Lexicons are named below src/core ("lexicon/en/habit.txt"); the rest by
# their last two path parts ("sql/0001_init.sql", "api/openapi_schemas.json").
LEX       := $(sort $(wildcard src/core/lexicon/*/*.txt))
JSON      := $(sort $(wildcard src/api/*.json))
# The web face's stylesheet, script and icon, named "web/grip.css".
ASSETS    := $(sort $(wildcard src/web/assets/*))
GEN_SRC   := $(BUILD)/gen/embedded.c
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/embedded.o
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all check run bootstrap clean tests bench fuzz fuzz-build fuzz-merge fuzz-seeds install uninstall \
        coach-train coach-eval
all: $(BUILD)/grip $(BUILD)/grip.1

$(BUILD)/grip.1: $(BUILD)/grip
	$(BUILD)/grip --man > $@

bootstrap:
	@scripts/bootstrap

# make install [PREFIX=/usr/local] [DESTDIR=/staging]: the binary on the
# PATH and the manual page where man finds it.
PREFIX    ?= /usr/local
BINDIR    := $(DESTDIR)$(PREFIX)/bin
MAN1DIR   := $(DESTDIR)$(PREFIX)/share/man/man1
install: $(BUILD)/grip $(BUILD)/grip.1
	install -d $(BINDIR) $(MAN1DIR)
	install -m 755 $(BUILD)/grip $(BINDIR)/grip
	install -m 644 $(BUILD)/grip.1 $(MAN1DIR)/grip.1

uninstall:
	rm -f $(BINDIR)/grip $(MAN1DIR)/grip.1

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -O1 $(WARN) $< -o $@

EMBED_IN  := $(SQL) $(JSON) $(foreach f,$(LEX),$(f:src/core/%=%)=$(f)) \
             $(foreach f,$(ASSETS),$(f:src/web/assets/%=web/%)=$(f))
$(GEN_SRC): $(BUILD)/tools/embed $(SQL) $(JSON) $(LEX) $(ASSETS)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed $@ $(EMBED_IN)

$(BUILD)/gen/embedded.o: $(GEN_SRC)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/libgrip.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/grip: LDLIBS += -ldl # libcurl is dlopen'ed (src/util/curl_lib.c) by the CLI's remote mode and the sender
$(BUILD)/grip: $(CLI_OBJ) $(BUILD)/libgrip.a
	$(CC) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libgrip.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DGRIP_SRCDIR='"$(CURDIR)"' $(shell pkg-config --cflags cmocka) $(LDFLAGS) $< \
	    $(BUILD)/libgrip.a $(LDLIBS) $(shell pkg-config --libs cmocka) -o $@

tests: $(BUILD)/grip $(UNIT_BIN)

# Raw HTTP for the shell tests and bench/slow (tests/api/probe.c).
$(BUILD)/tests/api-probe: tests/api/probe.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) $< -lm -lpthread -o $@

tests: $(BUILD)/tests/api-probe

# The API case runner (tests/api/): libcurl for requests, jansson to match.
$(BUILD)/tests/api-runner: tests/api/runner.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(shell pkg-config --cflags libcurl jansson) $(LDFLAGS) $< \
	    $(shell pkg-config --libs libcurl jansson) -o $@

tests: $(BUILD)/tests/api-runner

# The privacy matrix's twin builder (tests/privacy/): SQLite and jansson;
# on PostgreSQL also the store (to make databases as grip does) and libpq.
$(BUILD)/tests/privacy-twin: tests/privacy/twin.c $(BUILD)/libgrip.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) $< $(BUILD)/libgrip.a $(LDLIBS) -o $@

tests: $(BUILD)/tests/privacy-twin

check: bootstrap tests/api/node_modules tests/e2e/node_modules
	@$(MAKE) --no-print-directory tests $(BUILD)/bench/gen # the benchmark's generator builds too
	@$(MAKE) --no-print-directory SAN=1 tests
	@$(MAKE) --no-print-directory fuzz-build
	@tests/run --parallel build+build/san build@pg # two lanes at once (see tests/run)

tests/api/node_modules: tests/api/package.json tests/api/package-lock.json
	cd tests/api && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tests/e2e/node_modules: tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# make run LISTEN=0.0.0.0:8080 to be reached from another machine.
LISTEN    ?= 127.0.0.1:8080
run: bootstrap all
	@test -f demo.db || $(BUILD)/grip --db demo.db demo >/dev/null
	@echo "grip: the demo organisation is in demo.db (delete it to load it afresh)."
	@echo "grip: open http://$(LISTEN)/ and sign in as maren@quillmoor.example" \
	      "with the password quillmoor-demo (grip demo sets it). Ctrl-C stops the server."
	@$(BUILD)/grip --db demo.db serve --listen $(LISTEN)

$(BUILD)/bench/gen: bench/gen.c $(BUILD)/libgrip.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) $< $(BUILD)/libgrip.a $(LDLIBS) -o $@

bench: all $(BUILD)/bench/gen $(BUILD)/tests/api-probe
	@bench/run
	@bench/api
	@bench/web
	@bench/slow
	@bench/remind
	@bench/hints

# ---- the coach's reader (docs/coach.md, "How the coach reads a sentence") ----
# coach-train fits the model's weights on the corpus's dev part and the text
# cases; coach-eval measures the shipped model on the test part.
$(BUILD)/tools/coach_model: tools/coach_model.c $(BUILD)/libgrip.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) $< $(BUILD)/libgrip.a $(LDLIBS) -o $@

COACH_DEV ?= tests/coach/corpus/dev
coach-train: $(BUILD)/tools/coach_model
	$(BUILD)/tools/coach_model cv $(COACH_DEV) tests/coach/text.cases 2>/dev/null
	$(BUILD)/tools/coach_model train $(COACH_DEV) tests/coach/text.cases \
	    > src/core/lexicon/en/model.txt.new
	mv src/core/lexicon/en/model.txt.new src/core/lexicon/en/model.txt
	@$(MAKE) --no-print-directory all

coach-eval: $(BUILD)/tools/coach_model
	@$(BUILD)/tools/coach_model eval tests/coach/corpus/test

# ---- fuzzing (tests/fuzz/README.md) ----
# libFuzzer needs clang: the sources the targets use are compiled again with
# clang, ASan and UBSan into build/fuzz, apart from the gcc builds.
FUZZ_CC   ?= clang
FUZZ      := build/fuzz
FUZZ_SAN  := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=c17 -D_POSIX_C_SOURCE=200809L $(WARN) -MMD -MP -O1 -g $(FUZZ_SAN) \
             -Isrc -I$(FUZZ)/gen $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
ifeq ($(WERROR),1)
FUZZ_CFLAGS += -Werror
endif
FUZZ_SRC  := $(LIB_SRC) $(filter-out src/web/html.c,$(wildcard src/api/*.c src/web/*.c src/deliver/*.c))
FUZZ_OBJ  := $(FUZZ_SRC:%.c=$(FUZZ)/%.o) $(FUZZ)/gen/embedded.o
FUZZ_BIN  := $(patsubst tests/fuzz/fuzz_%.c,$(FUZZ)/fuzz_%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 60

$(FUZZ)/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -O1 $(WARN) $< -o $@

$(FUZZ)/gen/embedded.c: $(FUZZ)/tools/embed $(SQL) $(JSON) $(LEX) $(ASSETS)
	@mkdir -p $(dir $@)
	$(FUZZ)/tools/embed $@ $(EMBED_IN)

$(FUZZ)/gen/embedded.o: $(FUZZ)/gen/embedded.c
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ)/libgrip.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $^

# The API target builds its organisation with tests/fuzz/fixture.c.
$(FUZZ)/fuzz_api: tests/fuzz/fixture.c tests/fuzz/fixture.h
$(FUZZ)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ)/libgrip.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(filter %.c,$^) $(FUZZ)/libgrip.a $(LDLIBS) -o $@

fuzz-build: bootstrap
	@$(MAKE) --no-print-directory $(FUZZ_BIN)

# Each target for FUZZ_SECONDS, from the corpus in tests/fuzz/corpus; what
# it finds goes to build/fuzz (corpus/, crashes/), not into the tree.
fuzz: fuzz-build
	@tests/fuzz/run --seconds $(FUZZ_SECONDS)

# Folds the inputs found into tests/fuzz/corpus (those that add coverage).
fuzz-merge: fuzz-build
	@tests/fuzz/run --merge

# Writes the API target's seeds (a valid request of every write route).
fuzz-seeds: fuzz-build
	@tests/fuzz/run --seeds

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
