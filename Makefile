# The README's Quick start: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/actgui

test: $(STAMP)
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest

# Refresh the translation sources from the code (new texts arrive unfinished), then build the
# .qm files the app loads; both are committed (tests/test_translations.py checks they are current).
translations: $(STAMP)
	for lang in ja fr; do \
		$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -target-language $$lang $$(find actgui -name '*.py' | sort) \
			-ts resources/translations/actgui_$$lang.ts && \
		$(VENV)/bin/pyside6-lrelease -silent resources/translations/actgui_$$lang.ts || exit 1; \
	done
