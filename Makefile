# Build and install `roadmap` as a standalone program: a release binary with the Swift
# standard library and Foundation linked in (it needs only libyaml and the C library at run
# time), a man page for the tool and one for each subcommand, and completions for bash, zsh
# and fish.
#
#   make install PREFIX=/usr/local     (DESTDIR for packaging)
#   make uninstall PREFIX=/usr/local
#
# `scripts/install-check` installs into a temporary prefix and tries the result.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

BINARY = .build/release/roadmap
STAGE = .build/install-stage
# The date printed in the man pages: the last commit's, so that the pages are the same bytes
# for the same sources.
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-12-01)

.PHONY: all build man completions install uninstall clean-stage

all: build man completions

build:
	$(SWIFT) build -c release --static-swift-stdlib --product roadmap

# swift-argument-parser's generate-manual, run on the built binary: roadmap.1, roadmap.merge.1, …
# (empty lines, which mdoc warns about, become paragraph breaks).
man: build
	$(SWIFT) build --product generate-manual
	rm -rf $(STAGE)/man && mkdir -p $(STAGE)/man
	.build/debug/generate-manual $(BINARY) --multi-page --date $(MAN_DATE) --output-directory $(STAGE)/man
	for page in $(STAGE)/man/*.1; do sed -i 's/^$$/.Pp/' "$$page"; done

completions: build
	rm -rf $(STAGE)/completions && mkdir -p $(STAGE)/completions
	$(BINARY) --generate-completion-script bash > $(STAGE)/completions/roadmap
	$(BINARY) --generate-completion-script zsh > $(STAGE)/completions/_roadmap
	$(BINARY) --generate-completion-script fish > $(STAGE)/completions/roadmap.fish

install: build man completions
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 $(BINARY) "$(BINDIR)/roadmap"
	strip "$(BINDIR)/roadmap"
	install -m 644 $(STAGE)/man/*.1 "$(MANDIR)/"
	install -m 644 $(STAGE)/completions/roadmap "$(BASHDIR)/roadmap"
	install -m 644 $(STAGE)/completions/_roadmap "$(ZSHDIR)/_roadmap"
	install -m 644 $(STAGE)/completions/roadmap.fish "$(FISHDIR)/roadmap.fish"

uninstall:
	rm -f "$(BINDIR)/roadmap" "$(MANDIR)/roadmap.1" "$(MANDIR)"/roadmap.*.1
	rm -f "$(BASHDIR)/roadmap" "$(ZSHDIR)/_roadmap" "$(FISHDIR)/roadmap.fish"

clean-stage:
	rm -rf $(STAGE)
