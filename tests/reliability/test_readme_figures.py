"""The README's "Reliability" section shows the figures of this very run (it runs last).

Its generated block (the figures, then the expected-outcome table of ``test_faults.py``) must be
exactly what this run counted; ``TRADESPEC_UPDATE_README=1`` writes the block instead. Only a run
of the whole suite counts every figure, so a partial run (``-k``, one module) skips the check.
"""

from __future__ import annotations

import pytest

from tests.reliability import figures, hostile
from tests.reliability.test_faults import outcome_table


def test_the_readme_shows_the_figures_of_this_run() -> None:
    if not figures.complete():
        pytest.skip("only a run of the whole reliability suite counts every figure")
    if hostile.FULL:
        pytest.skip("the README shows the default run's figures (the corpus's fixed sample)")
    generated = figures.readme_table(outcome_table())
    if figures.updating_readme():
        figures.update_readme(generated)
    assert figures.readme_generated_part() == generated, (
        "README.md's reliability figures are not this run's: "
        f"rerun with {figures.UPDATE_README}=1 to write them\n{generated}"
    )
