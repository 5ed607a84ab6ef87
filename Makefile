# imprint -- build, run, test, install.
#
#   make run     install missing Debian packages, build, typeset the reference
#                statement into out/
#   make test    install what the tests need, build, run the whole suite
#   make check-asan   the whole suite on an address+undefined sanitizer build
#
# Every library comes through pkg-config.  Debian 12 ships libharu and
# libhyphen without .pc files, so pkgconfig/ describes those two.

.DEFAULT_GOAL := all

PKGS := libhpdf fontconfig harfbuzz harfbuzz-subset fribidi hyphen yaml-0.1 md4c nettle gumbo libxml-2.0 zlib libqrencode
# The signing stage (src/sign/) is a module of its own, $(BIN)-sign.so, the
# only part linked with GnuTLS; imprint loads it for --sign and --verify
# only, so no other run pays for loading the cryptography library.
SIGN_PKGS := gnutls
PKGCONF = PKG_CONFIG_PATH=$(CURDIR)/pkgconfig$(if $(PKG_CONFIG_PATH),:$(PKG_CONFIG_PATH)) pkg-config

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CC ?= cc
OPT ?= -O2 -g
SAN ?=
BIN ?= imprint

PKG_CFLAGS = $(shell $(PKGCONF) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell $(PKGCONF) --libs $(PKGS) 2>/dev/null)
SIGN_CFLAGS = $(shell $(PKGCONF) --cflags $(SIGN_PKGS) 2>/dev/null)
SIGN_LIBS = $(shell $(PKGCONF) --libs $(SIGN_PKGS) 2>/dev/null)
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -Isrc \
	-Wall -Wextra -Werror $(OPT) $(SAN) -MMD -MP \
	-DIMPRINT_DATADIR='"$(PREFIX)/share/imprint"' \
	-DIMPRINT_LIBDIR='"$(PREFIX)/lib/imprint"' $(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)
LIBS = $(PKG_LIBS) -lm -lpthread -ldl

SIGN_SRCS := $(wildcard src/sign/*.c)
SIGN_OBJS := $(SIGN_SRCS:src/%.c=$(BUILD)/%.o)
SIGN_MOD := $(BIN)-sign.so
SRCS := $(filter-out src/cli/main.c $(SIGN_SRCS),$(wildcard src/*/*.c))
OBJS := $(SRCS:src/%.c=$(BUILD)/%.o)
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
SEED := examples/tillerson-kelly-mexico-2017-02-23

# paths.o has the installed data folder compiled in: rebuild it when PREFIX
# changes.  The stamp is rewritten only when PREFIX differs from the one it
# holds, so its time changes only then.
PREFIX_STAMP := $(BUILD)/prefix.stamp
$(PREFIX_STAMP): FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@
$(BUILD)/base/paths.o: $(PREFIX_STAMP)

FORCE:

.PHONY: FORCE all run eval test deps deps-test unit check-asan clean install uninstall bench bench-typography bench-deps look sweep fuzz

all: $(BIN) $(SIGN_MOD)

deps:
	@sh scripts/deps.sh build

deps-test:
	@sh scripts/deps.sh test

$(BUILD)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libimprint.a: $(OBJS)
	@rm -f $@
	ar rcs $@ $(OBJS)

# The executable exports the base functions the module calls
# (src/sign/exports.list).
$(BIN): $(BUILD)/cli/main.o $(BUILD)/libimprint.a src/sign/exports.list
	$(CC) $(ALL_LDFLAGS) -Wl,--dynamic-list=src/sign/exports.list -o $@ \
		$(BUILD)/cli/main.o $(BUILD)/libimprint.a $(LIBS)

$(SIGN_OBJS): $(BUILD)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SIGN_CFLAGS) -fPIC -c -o $@ $<

$(SIGN_MOD): $(SIGN_OBJS)
	$(CC) $(ALL_LDFLAGS) -shared -o $@ $(SIGN_OBJS) $(SIGN_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libimprint.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(shell $(PKGCONF) --cflags cmocka) -o $@ $< \
		$(BUILD)/libimprint.a $(LIBS) $(shell $(PKGCONF) --libs cmocka)

# The sign stage's unit test links the stage itself.
$(BUILD)/tests/test_sign: tests/unit/test_sign.c $(SIGN_OBJS) $(BUILD)/libimprint.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SIGN_CFLAGS) -Itests/unit $(shell $(PKGCONF) --cflags cmocka) -o $@ $< \
		$(SIGN_OBJS) $(BUILD)/libimprint.a $(LIBS) $(SIGN_LIBS) $(shell $(PKGCONF) --libs cmocka)

unit: $(UNIT_BINS)

run: deps
	@$(MAKE) --no-print-directory $(BIN)
	@mkdir -p out
	./$(BIN) -q -o out/ $(SEED).txt
	@echo out/$(notdir $(SEED)).pdf

test: deps-test
	@$(MAKE) --no-print-directory $(BIN) $(SIGN_MOD) unit
	@IMPRINT=./$(BIN) BUILD=$(BUILD) bash tests/run.sh

check-asan: deps-test
	@$(MAKE) --no-print-directory BUILD=build-asan BIN=imprint-asan \
		OPT="-O1 -g -fno-omit-frame-pointer" \
		SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" \
		imprint-asan imprint-asan-sign.so unit
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1 \
		IMPRINT=./imprint-asan BUILD=build-asan bash tests/run.sh

bench: $(BIN)
	@sh bench/bench.sh

# Line quality of justified text measured from the PDFs (bench/typography.py):
# imprint, and LuaLaTeX where installed, on the reference and 12 statements.
bench-typography: $(BIN)
	@IMPRINT=./$(BIN) python3 bench/typography.py --bench

# Typeset every statement of ../shared/corpus and report what succeeded,
# what warned and any word of the input missing from the PDF's text.
sweep: deps-test $(BIN)
	@IMPRINT=./$(BIN) sh tests/sweep.sh

# Recognition against the labelled set of tests/recognition/ (its README):
# scores for the development and the test part, misses for development only.
eval: $(BIN)
	@python3 tests/recogeval.py --imprint ./$(BIN)

bench-deps:
	@sh bench/deps.sh

# The first page of the reference statement in every layout, as PNG, so a
# reviewer sees each layout without a PDF viewer.
look: deps $(BIN)
	@mkdir -p out/look
	@for l in layouts/*.yaml; do n=$$(basename $$l .yaml); \
		./$(BIN) -q -l $$n -o out/look/$$n.pdf $(SEED).txt && \
		pdftoppm -png -r 60 -f 1 -l 1 -singlefile out/look/$$n.pdf out/look/$$n && \
		echo out/look/$$n.png; done

install: $(BIN) $(SIGN_MOD)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/imprint \
		$(DESTDIR)$(PREFIX)/share/imprint/fonts \
		$(DESTDIR)$(PREFIX)/share/imprint/layouts $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/imprint
	install -m 644 $(SIGN_MOD) $(DESTDIR)$(PREFIX)/lib/imprint/imprint-sign.so
	install -m 644 fonts/*.ttf fonts/*.icc fonts/LICENSE-* fonts/fonts.conf \
		$(DESTDIR)$(PREFIX)/share/imprint/fonts/
	install -m 644 layouts/*.yaml layouts/README.md $(DESTDIR)$(PREFIX)/share/imprint/layouts/
	install -m 644 imprint.1 $(DESTDIR)$(PREFIX)/share/man/man1/imprint.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/imprint $(DESTDIR)$(PREFIX)/share/man/man1/imprint.1
	rm -rf $(DESTDIR)$(PREFIX)/share/imprint $(DESTDIR)$(PREFIX)/lib/imprint

clean:
	rm -rf build build-asan imprint imprint-asan imprint-sign.so imprint-asan-sign.so

# Fuzz targets (make fuzz): tests/fuzz/fuzz.mk.
-include tests/fuzz/fuzz.mk

-include $(OBJS:.o=.d) $(SIGN_OBJS:.o=.d) $(BUILD)/cli/main.d $(UNIT_BINS:=.d)
