# Developer entry points. `make site` and `make test` are the README's two commands: each
# installs the system packages sitegen needs when they are missing (and Pagefind, for the
# sample site's search), then builds or tests.

SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev libcurl4-openssl-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps lint format bench clean

site: deps
	swift run sitegen

test: deps
	swift test

deps:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
		echo "Installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $(SYSTEM_PACKAGES); }
	@scripts/install-pagefind.sh

lint:
	swift format lint --strict -r Sources Tests

format:
	swift format format -i -r Sources Tests

bench: deps
	scripts/bench.sh $(or $(N),1000)

clean:
	rm -rf .build public
