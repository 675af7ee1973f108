#!/usr/bin/env python3
"""Checks that docs/api/openapi.json is exactly what docs/api/generate_openapi.py prints.

The contract is edited in the generator and regenerated; an edit made to the JSON alone is lost
the next time someone runs the generator. This runs the generator and compares its output with
the committed file byte for byte.

usage: check_openapi_generated.py [SOURCE_DIR]   (default: the checkout this script is in)
Exit status 0 when they are equal, 1 otherwise.
"""
import os
import pathlib
import subprocess
import sys

REGENERATE = "python3 docs/api/generate_openapi.py > docs/api/openapi.json"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
    generator = root / "docs" / "api" / "generate_openapi.py"
    committed = root / "docs" / "api" / "openapi.json"
    # The generator prints non-ASCII text (ensure_ascii=False): make its output UTF-8 whatever the locale.
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    run = subprocess.run([sys.executable, str(generator)], cwd=root, env=env, capture_output=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
        print(f"FAIL: {generator} exited with status {run.returncode}")
        return 1
    generated = run.stdout
    expected = committed.read_bytes()
    if os.name == "nt":
        # A text-mode stdout on Windows writes CRLF; the file is committed with LF.
        generated = generated.replace(b"\r\n", b"\n")
        expected = expected.replace(b"\r\n", b"\n")
    if generated == expected:
        print(f"PASS: {committed} is what {generator.name} prints")
        return 0
    gen_lines = generated.decode("utf-8", "replace").split("\n")
    exp_lines = expected.decode("utf-8", "replace").split("\n")
    line = next((i for i, (g, e) in enumerate(zip(gen_lines, exp_lines)) if g != e), min(len(gen_lines), len(exp_lines)))
    def show(lines):
        if line >= len(lines):
            return "(end of text)"
        text = lines[line]
        return "(empty line)" if not text else text if len(text) <= 300 else text[:300] + "…"
    print(f"FAIL: {committed} differs from the output of {generator.name}, first at line {line + 1}:")
    print(f"  openapi.json: {show(exp_lines)}")
    print(f"  generator:    {show(gen_lines)}")
    print("Make the change in docs/api/generate_openapi.py, then regenerate (from the source directory):")
    print(f"  {REGENERATE}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
