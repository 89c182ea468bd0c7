# cython: language_level=3, boundscheck=False, wraparound=False
"""`tokens.scan` compiled: the tokens of a text, read character by character.

Built by ``scripts/build_native.py`` (``make install``), which appends BUILT_FROM, the
sha256 of ``tokens.py`` and of this file; `tokens` uses this module only while both are
unchanged. It gives what `tokens.scan_pure` gives, token for token (tested on generated
and real texts), with the flags and kinds as bytearrays instead of lists.

The characters are classed as Python's regex engine classes them for a str pattern: a
word character (``\\w``) is ``str.isalnum()`` or ``_``, a digit (``\\d``) is
``str.isdecimal()``, a space (``\\s``) is ``str.isspace()``. A token starts at
- a letter (a word character, not a digit nor ``_``): then word characters, apostrophes
  (’ and ') and hyphens, with inner dots before a word character ("U.S."), and one
  trailing dot;
- one of ``( ) , ; : /``: that character alone;
- a digit: then word characters and hyphens, and one trailing dot;
- a dash, en dash, em dash, bullet or asterisk between two spaces: that character alone.
Any other character belongs to the gap between two tokens.
"""

from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISDECIMAL, Py_UNICODE_ISSPACE
from cpython cimport array

import array


cdef extern from "Python.h":
    int PyUnicode_KIND(object)
    void* PyUnicode_DATA(object)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index)


# classes: WORD a word character, LETTER one that is not a digit nor "_", DIGIT, SPACE
cdef enum:
    WORD = 1
    LETTER = 2
    DIGIT = 4
    SPACE = 8

cdef unsigned char ASCII[128]
cdef int _code
for _code in range(128):
    ASCII[_code] = (
        (WORD if chr(_code).isalnum() or chr(_code) == "_" else 0)
        | (LETTER if chr(_code).isalnum() and not chr(_code).isdecimal() else 0)
        | (DIGIT if chr(_code).isdecimal() else 0)
        | (SPACE if chr(_code).isspace() else 0))


cdef inline unsigned char _class(Py_UCS4 c) noexcept:
    if c < 128:
        return ASCII[c]
    cdef unsigned char found = 0
    if Py_UNICODE_ISALNUM(c):
        found = WORD | (DIGIT if Py_UNICODE_ISDECIMAL(c) else LETTER)
    if Py_UNICODE_ISSPACE(c):
        found |= SPACE
    return found


cdef inline bint _in_word(Py_UCS4 c) noexcept:
    """A character a word goes on with: a word character, an apostrophe or a hyphen."""
    return (_class(c) & WORD) or c == u"\u2019" or c == u"'" or c == u"-"


def scan(str text, info):
    """(words, starts, ends, possessive, period, kinds) of `text` (see `tokens`)."""
    cdef Py_ssize_t n = len(text), i = 0, start, count = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef unsigned char cls
    cdef bint breaks = False  # the gap read since the last token ends a sentence
    cdef list words = []
    cdef array.array starts = array.array("q"), ends = array.array("q")
    cdef bytearray possessive = bytearray(), period = bytearray(), kinds = bytearray()
    cdef tuple got
    cdef long long bound
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        cls = _class(c)
        start = i
        if cls & LETTER:
            i += 1
            while True:
                while i < n and _in_word(PyUnicode_READ(kind, data, i)):
                    i += 1
                if (i + 1 < n and PyUnicode_READ(kind, data, i) == u"."
                        and _class(PyUnicode_READ(kind, data, i + 1)) & WORD):
                    i += 1
                    continue
                break
            if i < n and PyUnicode_READ(kind, data, i) == u".":
                i += 1
        elif c == u"(" or c == u")" or c == u"," or c == u";" or c == u":" or c == u"/":
            i += 1
        elif cls & DIGIT:
            i += 1
            while i < n and (_class(PyUnicode_READ(kind, data, i)) & WORD
                             or PyUnicode_READ(kind, data, i) == u"-"):
                i += 1
            if i < n and PyUnicode_READ(kind, data, i) == u".":
                i += 1
        elif ((c == u"-" or c == u"\u2013" or c == u"\u2014" or c == u"\u2022" or c == u"*")
              and i > 0 and i + 1 < n and _class(PyUnicode_READ(kind, data, i - 1)) & SPACE
              and _class(PyUnicode_READ(kind, data, i + 1)) & SPACE):
            i += 1
        else:  # a character of the gap
            if c == u"\n" or c == u"." or c == u"!" or c == u"?":
                breaks = True
            i += 1
            continue
        if breaks:
            if count:
                period[count - 1] = 1
            breaks = False
        got = info[text[start:i]]
        words.append(got[0])
        period.append(1 if got[1] else 0)
        possessive.append(1 if got[2] else 0)
        kinds.append(<int>got[3])
        bound = start
        array.extend_buffer(starts, <char*>&bound, 1)
        bound = i
        array.extend_buffer(ends, <char*>&bound, 1)
        count += 1
    return words, starts, ends, possessive, period, kinds
