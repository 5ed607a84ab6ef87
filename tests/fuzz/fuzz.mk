# fuzz.mk -- libFuzzer targets (tests/fuzz/fuzz_*.c), included by the
# Makefile.
#
#   make fuzz-build        build every target into $(BUILD)/fuzz/
#   make -j2 fuzz          build, then run each target for FUZZ_TIME seconds
#                          (default 600), two at a time with -j2
#   make fuzz-run-NAME     run one target (NAME: text, recognise, source,
#                          layout, pipeline)
#
# Targets are built with clang -fsanitize=fuzzer,address,undefined against
# every src/*/*.c but src/cli/main.c.
#
# Corpora.  Each target's seeds are the hand-chosen inputs of
# tests/fuzz/corpus/NAME/ (short edge cases) and the project's own inputs
# that FUZZ_SEEDS_NAME names (examples, tests/source, layouts, tests/layouts,
# tests/regress), plus, for text, recognise and pipeline, a sample of
# ../shared/corpus/ when it is there.  They are gathered afresh into
# $(FUZZ_OUT)/NAME/seeds at every run.  What libFuzzer finds goes to the
# working corpus $(FUZZ_CORPUS)/NAME/ (build/fuzz-corpus/NAME/, ignored by
# git), which persists across runs (until make clean), so each run starts
# where the last stopped: libFuzzer reads both folders and writes new units
# into the working corpus only.  Never commit what it writes.
#
# A run uses -timeout=10 and -rss_limit_mb=2048; a crash, leak, timeout or
# out-of-memory stops it, makes the target fail and leaves the input as
# $(FUZZ_OUT)/NAME/crash-* (or leak-*, timeout-*, oom-*): turn it into a
# file of tests/regress/.  The run's last lines are in $(FUZZ_OUT)/NAME/log.

FUZZ_CC ?= clang
FUZZ_TIME ?= 600
FUZZ_SAMPLE ?= 200
FUZZ_BUILD := $(BUILD)/fuzz
FUZZ_OUT ?= $(abspath $(FUZZ_BUILD))/runs
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O1 -g \
	-fno-omit-frame-pointer $(FUZZ_SAN) -MMD -MP -Isrc \
	-DIMPRINT_DATADIR='"$(PREFIX)/share/imprint"' \
	-DFUZZ_DATADIR='"$(CURDIR)"' $(PKG_CFLAGS)
FUZZ_NAMES := text recognise source layout pipeline html feed
FUZZ_BINS := $(FUZZ_NAMES:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_OBJS := $(SRCS:src/%.c=$(FUZZ_BUILD)/%.o)
FUZZ_CORPUS ?= $(abspath build/fuzz-corpus)
FUZZ_SHARED ?= ../shared/corpus

# Seeds per target: folders (their files) and files, gathered into the run's
# seed folder.  A pattern that matches nothing is left out.
FUZZ_SEEDS_text := tests/fuzz/corpus/text examples/*.txt examples/*.md tests/regress/*.txt
FUZZ_SEEDS_recognise := tests/fuzz/corpus/recognise examples/*.txt tests/regress/*.txt
FUZZ_SEEDS_source := tests/fuzz/corpus/source examples/*.md tests/source/*.md \
	tests/regress/*.md tests/typeset/*.md
FUZZ_SEEDS_layout := tests/fuzz/corpus/layout layouts/*.yaml tests/layouts/*.yaml tests/regress/*.yaml
FUZZ_SEEDS_pipeline := tests/fuzz/corpus/pipeline examples/*.txt examples/*.md \
	tests/source/*.md tests/regress/*.txt tests/regress/*.md
FUZZ_SEEDS_html := tests/fuzz/corpus/html tests/html/*.html
FUZZ_SEEDS_feed := tests/fuzz/corpus/feed tests/html/*.rss tests/html/*.atom ../shared/feeds/*.rss
# Targets that also get a sample of the shared statements.
FUZZ_WITH_SHARED := text recognise pipeline

.PHONY: fuzz fuzz-build $(FUZZ_NAMES:%=fuzz-run-%)

fuzz-build: $(FUZZ_BINS)

fuzz: $(FUZZ_NAMES:%=fuzz-run-%)

$(FUZZ_BUILD)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_BUILD)/libimprint-fuzz.a: $(FUZZ_OBJS)
	@rm -f $@
	ar rcs $@ $(FUZZ_OBJS)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_BUILD)/libimprint-fuzz.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Isrc -fsanitize=fuzzer -o $@ $< \
		$(FUZZ_BUILD)/libimprint-fuzz.a $(LIBS)

# Run one target: fresh seed folder, persistent working corpus, libFuzzer.
$(FUZZ_NAMES:%=fuzz-run-%): fuzz-run-%: $(FUZZ_BUILD)/fuzz_%
	@rm -rf $(FUZZ_OUT)/$* && mkdir -p $(FUZZ_OUT)/$*/seeds $(FUZZ_CORPUS)/$*
	@for s in $(FUZZ_SEEDS_$*); do \
		if [ -d "$$s" ]; then find "$$s" -maxdepth 1 -type f \
			-exec cp {} $(FUZZ_OUT)/$*/seeds/ \; ; \
		elif [ -f "$$s" ]; then cp "$$s" $(FUZZ_OUT)/$*/seeds/; fi; done
	@case " $(FUZZ_WITH_SHARED) " in *" $* "*) \
		find $(FUZZ_SHARED) -name '*.txt' -type f 2>/dev/null | sort | \
			awk 'NR % 10 == 1' | head -n $(FUZZ_SAMPLE) | \
			while read -r f; do cp "$$f" $(FUZZ_OUT)/$*/seeds/; done ;; esac
	@echo "fuzz_$*: $$(ls $(FUZZ_OUT)/$*/seeds | wc -l) seeds," \
		"$$(ls $(FUZZ_CORPUS)/$* | wc -l) units in $(FUZZ_CORPUS)/$*, $(FUZZ_TIME) s"
	@cd $(FUZZ_OUT)/$* && IMPRINT_DATADIR=$(CURDIR) \
		ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		nice $(abspath $(FUZZ_BUILD))/fuzz_$* -max_total_time=$(FUZZ_TIME) \
		-timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_OUT)/$*/ $(FUZZ_CORPUS)/$* seeds > log 2>&1; \
		rc=$$?; tail -n 25 log; \
		grep -E '^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::average_exec_per_sec)' log | tail -n 3; \
		exit $$rc

-include $(FUZZ_OBJS:.o=.d)
