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
# every src/*/*.c but src/cli/main.c.  Each run starts from a fresh temporary corpus
# seeded from tests/ and a sample of ../shared/corpus/, with -timeout=10 and
# -rss_limit_mb=2048; a crash, leak, timeout or out-of-memory stops it, makes
# the target fail and leaves the input as $(FUZZ_OUT)/NAME/crash-* (or
# leak-*, timeout-*, oom-*).  The run's last lines are in
# $(FUZZ_OUT)/NAME/log.

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
FUZZ_NAMES := text recognise source layout pipeline
FUZZ_BINS := $(FUZZ_NAMES:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_OBJS := $(SRCS:src/%.c=$(FUZZ_BUILD)/%.o)
FUZZ_SHARED ?= ../shared/corpus

# Seed corpora per target: files and folders copied into the temp corpus.
FUZZ_SEEDS_text := examples tests/regress
FUZZ_SEEDS_recognise := examples/*.txt tests/regress
FUZZ_SEEDS_source := examples/*.md tests/source tests/regress
FUZZ_SEEDS_layout := layouts/*.yaml tests/layouts tests/regress/*.yaml
FUZZ_SEEDS_pipeline := examples tests/source tests/regress
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

# Run one target: fresh corpus from the seeds, then libFuzzer.
$(FUZZ_NAMES:%=fuzz-run-%): fuzz-run-%: $(FUZZ_BUILD)/fuzz_%
	@rm -rf $(FUZZ_OUT)/$* && mkdir -p $(FUZZ_OUT)/$*/corpus
	@for s in $(FUZZ_SEEDS_$*); do \
		if [ -d "$$s" ]; then find "$$s" -maxdepth 1 -type f \
			-exec cp {} $(FUZZ_OUT)/$*/corpus/ \; ; \
		elif [ -f "$$s" ]; then cp "$$s" $(FUZZ_OUT)/$*/corpus/; fi; done
	@case " $(FUZZ_WITH_SHARED) " in *" $* "*) \
		find $(FUZZ_SHARED) -name '*.txt' -type f 2>/dev/null | sort | \
			awk 'NR % 10 == 1' | head -n $(FUZZ_SAMPLE) | \
			while read -r f; do cp "$$f" $(FUZZ_OUT)/$*/corpus/; done ;; esac
	@echo "fuzz_$*: $$(ls $(FUZZ_OUT)/$*/corpus | wc -l) seeds, $(FUZZ_TIME) s"
	@cd $(FUZZ_OUT)/$* && IMPRINT_DATADIR=$(CURDIR) \
		ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		nice $(abspath $(FUZZ_BUILD))/fuzz_$* -max_total_time=$(FUZZ_TIME) \
		-timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_OUT)/$*/ corpus > log 2>&1; \
		rc=$$?; tail -n 25 log; \
		grep -E '^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::average_exec_per_sec)' log | tail -n 3; \
		exit $$rc

-include $(FUZZ_OBJS:.o=.d)
