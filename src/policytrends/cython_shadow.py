"""What the compiled modules use of Cython's ``cython`` module, for a Python without Cython.

A module listed in ``data/compiled.txt`` may declare C types for its hottest loops in
Cython's pure-Python mode (``@cython.locals(i=cython.Py_ssize_t)``): the build
(`policytrends.compiled`) makes them C variables, and the ``.py`` runs unchanged. Such a
module imports ``cython`` when it is installed (the ``native`` extra) and this module
otherwise; here each type is the Python type the variable holds and each decorator returns
its function as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["Py_UCS4", "Py_ssize_t", "bint", "compiled", "locals"]

F = TypeVar("F", bound=Callable[..., Any])

compiled = False  # (as in Cython's module when the code runs as Python)
Py_ssize_t = int
bint = bool
Py_UCS4 = str  # one character


def locals(**types: Any) -> Callable[[F], F]:  # noqa: A001 - Cython's name
    """Cython's ``@cython.locals``: nothing to do when the code runs as Python."""
    def keep(func: F) -> F:
        return func
    return keep
