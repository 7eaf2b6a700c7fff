# Everything runs from a virtualenv in .venv; `make run` and `make test` set it up on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
SHARED ?= ../shared

.PHONY: install run test ui train-ner train-headings tune-headings eval-ner harness bench lock clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test,train]'
	touch $@

$(DAGSTER_HOME)/dagster.yaml:
	mkdir -p $(DAGSTER_HOME)
	printf 'telemetry:\n  enabled: false\n' > $@

run: install $(DAGSTER_HOME)/dagster.yaml  ## process seeds/ and print a summary
	$(BIN)/newsetl run

test: install  ## the test suite
	$(BIN)/python -m pytest

ui: install $(DAGSTER_HOME)/dagster.yaml  ## Dagster UI + daemon (sensor, schedule) on localhost:3000
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

train-ner: install  ## rebuild pipelines/models/ner_crf{,_lexicon}.model from $(SHARED)/eval/ner and ner_char_clusters.tsv from $(SHARED) (two cores, ~10 min)
	$(BIN)/python tools/train_ner.py --train $(SHARED)/eval/ner/peoples_daily_train.bio --dev $(SHARED)/eval/ner/peoples_daily_dev.bio \
		--corpus $(SHARED)/corpus/peoples_daily_2020h1.jsonl.gz

train-headings: install  ## rebuild pipelines/models/heading_{roles.json,shapes.crf,breaks.crf} from $(SHARED)/corpus (Jan-Apr)
	$(BIN)/python tools/train_headings.py --corpus $(SHARED)/corpus/peoples_daily_2020h1.jsonl.gz

tune-headings: install  ## refit the heading scorer's weights on replayed decisions of generated pages (two cores, ~25 min); prints them, writes nothing
	$(BIN)/python tools/tune_headings.py --corpus $(SHARED)/corpus/peoples_daily_2020h1.jsonl.gz

harness: install  ## segmentation accuracy on 1,000 generated pages (May-June articles)
	$(BIN)/newsetl harness --pages 1000 --seed 7 --corpus $(SHARED)/corpus/peoples_daily_2020h1.jsonl.gz

eval-ner: install  ## score the shipped recogniser on the dev set
	$(BIN)/newsetl ner-eval $(SHARED)/eval/ner/peoples_daily_dev.bio

bench: install  ## throughput: entity stage beside jieba's cut; the pipeline as functions and through Dagster
	$(BIN)/python tools/bench_entities.py
	$(BIN)/python tools/bench_pipeline.py

lock: install  ## re-pin every transitive dependency after changing pyproject.toml
	$(BIN)/python -m pip freeze --exclude-editable --disable-pip-version-check > requirements.lock

clean:
	rm -rf $(VENV) data/lake data/warehouse.duckdb
