"""`python -m qa …` runs the same command line as the `qa` script (useful without the script on PATH)."""

from qa.cli import main

main(prog_name="qa")
