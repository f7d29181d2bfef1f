"""Coverage-guided fuzzing of the whole parse with atheris.

Each input is decoded by refold's own rule, parsed, written as JSON and checked for text loss.
Allowed outcomes: a Page with no unaccounted character, or a RefoldError. Anything else is a
crash: atheris stops and writes the input as `crash-*`; copy it into tests/regressions/.

    python fuzz/fuzz_parse.py fuzz/seeds -max_total_time=60     (see fuzz/run.sh)
"""

import sys

import atheris

with atheris.instrument_imports():
    import refold
    from refold.accounting import unaccounted
    from refold.errors import RefoldError
    from refold.inputs import decode


class TextLost(AssertionError):
    pass


def one_input(data: bytes) -> None:
    try:
        text = decode(data)
        page = refold.parse(text)
    except RefoldError:
        return
    page.to_json()
    missing = unaccounted(text, page)
    if missing:
        raise TextLost(f"characters lost: {dict(missing)}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
