"""Dagster definitions: a thin layer over :mod:`pipelines.stages` and :mod:`pipelines.storage`."""
