# Station Desk: the two commands a newcomer needs are `make run` and `make test`.
# Both bootstrap a fresh Debian/Ubuntu machine: system packages (as root, or
# print the apt line), a virtual environment with the pinned dependencies,
# and the compiled translations.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
APT_PACKAGES := python3-venv fonts-wqy-microhei xvfb xauth \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xkb1 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	postgresql poppler-utils chromium chromium-driver firefox-esr nsis cups-daemon cups-client
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

# dist: the frozen one-folder build (PyInstaller); deb: its Debian package (UOS, Kylin, Debian, Ubuntu);
# installer/windows/build.ps1 makes the Windows installer on a Windows machine.
.PHONY: dist deb run test check setup system-deps lock lint bench screenshots clean ts

run: setup
	$(PY) -m desktop $(ARGS)

# Tests run in $(WORKERS) processes (pytest-xdist): most of the suite waits on county server
# processes, PostgreSQL, Chromium and subprocess kills, so two workers keep both cores busy.
# A file's tests stay on one worker (--dist loadfile): some share a module-scoped county or
# station and read what the test before them left. `make test WORKERS=0` runs one process.
WORKERS ?= 2
XDIST  := -n $(WORKERS) --dist loadfile

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:randomly -q $(XDIST) $(PYTEST_ARGS)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .

# The inner loop: every test not marked `slow` (no county server, no subprocess kill,
# no big PDF), with 15 Hypothesis examples a property instead of 60, then the linters.
# Under 3 minutes on the 2-core machine; `make test` (CI) still runs everything.
check: setup
	HYPOTHESIS_PROFILE=check QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:randomly -q $(XDIST) -m "not slow" $(PYTEST_ARGS)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .

setup: system-deps $(VENV)/.installed $(QM)

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			echo "Installing system packages: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "Missing system packages. Run as root:"; \
			echo "  sudo apt-get install -y $$missing"; \
			exit 1; \
		fi; \
	fi

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the catalogs after changing messages (UI and core alike; desktop/i18n.py
# has the convention): `make ts`, or `make ts AREAS="core_services" FILL=new.json`
# to also fill translations from a JSON map {"English": "中文"}. Then `make setup`.
ts: $(VENV)/.installed
	$(PY) resources/translations/areas.py $(if $(FILL),--fill $(FILL)) $(AREAS)

# Regenerate the lock file from pyproject.toml in a clean environment.
lock:
	rm -rf /tmp/station-desk-lock && $(PYTHON) -m venv /tmp/station-desk-lock
	/tmp/station-desk-lock/bin/pip install -q '.[dev]'
	/tmp/station-desk-lock/bin/pip freeze --exclude station-desk | sort > requirements.lock

lint: setup
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .

bench: setup
	for b in bench/[a-z]*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# The operation manual (操作手册): one A4 PDF from the help topics with screenshots of the real app
# (desktop/ui/help/manual.py; needs Debian's chromium). Built in CI by tests/ui/test_manual.py too.
.PHONY: manual
manual: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.help.manual --out build/manual/station-desk-manual.pdf

screenshots: setup
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m desktop.ui.screenshot --out screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m desktop.ui.screenshot --safety --out screenshots

dist: setup
	$(VENV)/bin/pyinstaller installer/station-desk.spec --noconfirm --distpath build/dist --workpath build/pyi --log-level WARN
	@du -sh build/dist/station-desk

deb: dist
	$(PY) installer/linux/build_deb.py

clean:
	rm -rf $(VENV) .hypothesis
