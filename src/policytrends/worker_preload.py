"""Imported by the process that forks ingest's worker processes (the forkserver started
by `ingest._worker_pool`) before it forks any: the package's modules, the default
taxonomy's matcher and the rules' compiled patterns are then built once and shared by
every worker (copy-on-write), instead of built again in each one.
"""

from .workers import warm_up

warm_up()
