"""Dagster wiring and the `coopwatch` command.

Set before numpy loads anywhere: coopwatch uses a core per worker process, and BLAS
threads inside each process only fight over the same cores — natasha's small NER
matrix products ran ten times slower with them on a busy two-core machine.
"""
import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
