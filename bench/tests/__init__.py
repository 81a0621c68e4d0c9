"""Tests of the benchmark code itself (error injectors, hand-review files), run by `make test`."""
