"""Runs KL Explorer's generated snippets unchanged, many in one interpreter, as if each were a new script.

Used by scripts/verify-codegen.mjs (npm run verify:code). Reads a JSON list of {"name", "code"} from
the file named by argv[2] and writes one JSON object per snippet to stdout: what it printed, the
warnings it raised, and the traceback if it failed. argv[1] is the library the set needs ("numpy" or
"pytorch"), imported once here because importing PyTorch takes seconds.

Each snippet is first fed line by line to the interactive interpreter's compiler (code.InteractiveConsole,
compiling only), as if pasted at the >>> prompt, where a blank line ends a block: that catches what only
fails when pasted into a Python shell. Then it runs from source exactly as generated, in a fresh __main__ namespace, after undoing the
global state a previous snippet may have changed (PyTorch's default dtype, NumPy's error handling),
so a snippet that relies on another one's set-up fails here as it would for a person.
"""

import code
import contextlib
import io
import json
import sys
import time
import traceback
import warnings


def main():
    library, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        snippets = json.load(f)
    reset = setup(library)
    for snippet in snippets:
        paste_problems = check_paste(snippet["code"])
        reset()
        out = io.StringIO()
        error = None
        started = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with contextlib.redirect_stdout(out):
                try:
                    exec(compile(snippet["code"], snippet["name"], "exec"), {"__name__": "__main__"})
                except BaseException:  # noqa: B036 - report everything a person would see
                    error = traceback.format_exc()
        print(
            json.dumps(
                {
                    "name": snippet["name"],
                    "stdout": out.getvalue(),
                    "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
                    "error": error,
                    "paste": paste_problems,
                    "seconds": time.perf_counter() - started,
                }
            ),
            flush=True,
        )


class PasteCheck(code.InteractiveConsole):
    """Compiles what the >>> prompt would compile, statement by statement, without running it."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def runcode(self, code_object):
        pass

    def showsyntaxerror(self, *args, **kwargs):
        error = sys.exc_info()[1]
        self.problems.append(f"{type(error).__name__}: {error}")

    def showtraceback(self, *args, **kwargs):
        self.showsyntaxerror()


def check_paste(source):
    console = PasteCheck()
    for line in source.split("\n"):
        console.push(line)
    console.push("")
    return console.problems


def setup(library):
    """Imports the library once, prints its versions, and returns a function restoring its defaults."""
    if library == "pytorch":
        import torch

        print(json.dumps({"versions": {"torch": torch.__version__}}), flush=True)
        default_dtype = torch.get_default_dtype()
        return lambda: torch.set_default_dtype(default_dtype)
    import numpy
    import scipy

    print(json.dumps({"versions": {"numpy": numpy.__version__, "scipy": scipy.__version__}}), flush=True)
    default_err = numpy.geterr()
    return lambda: numpy.seterr(**default_err)


if __name__ == "__main__":
    main()
