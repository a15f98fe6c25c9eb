"""A run's objects are frozen while it works and given back as they were."""

from __future__ import annotations

import gc

import pytest

from pipeline.heap import frozen_heap


@pytest.fixture(autouse=True)
def nothing_frozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_objects_are_frozen_inside_the_block_and_unfrozen_after():
    kept = [object() for _ in range(10)]
    with frozen_heap():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert kept


def test_an_error_inside_the_block_still_unfreezes():
    with pytest.raises(ValueError), frozen_heap():
        raise ValueError("a batch failed")
    assert gc.get_freeze_count() == 0


def test_in_a_process_that_froze_objects_itself_the_new_ones_join_them():
    gc.freeze()
    frozen = gc.get_freeze_count()
    loaded = [[index] for index in range(1000)]  # a pipeline loaded after the owner froze
    with frozen_heap():
        assert gc.get_freeze_count() >= frozen + len(loaded)
    assert gc.get_freeze_count() >= frozen + len(loaded)  # not unfrozen behind its owner


def test_garbage_made_inside_the_block_is_still_collected():
    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    with frozen_heap():
        first, second = Node(), Node()
        first.other, second.other = second, first  # a cycle, freed only by the collector
        del first, second
        assert gc.collect() >= 2
