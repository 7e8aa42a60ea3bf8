"""A command's process collects cyclic garbage less often than Python's default; the library leaves its host's collector alone."""

from __future__ import annotations

from helpers import python_output


def test_a_command_runs_with_the_higher_collector_thresholds():
    code = ("import gc\n"
            "from libyadesk import shell\n"
            "try:\n"
            "    shell.main(['--version'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(gc.get_threshold() == shell.COLLECTOR_THRESHOLDS, gc.get_threshold()[0] > 700)")
    assert python_output(code).splitlines()[-1] == "True True"


def test_a_command_over_a_corpus_makes_no_full_collection_pass(tmp_path):
    # The bundled corpus is small: under Python's default thresholds its `actor` makes young
    # collections by the hundred; under the command's, far fewer, and no full pass.
    code = ("import gc, os, sys\n"
            f"os.environ['LIBYADESK_CACHE_DIR'] = {str(tmp_path / 'cache')!r}\n"
            "counts = [0, 0, 0]\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and counts.__setitem__(info['generation'], counts[info['generation']] + 1))\n"
            "from libyadesk import shell\n"
            "sys.stdout = open(os.devnull, 'w')\n"
            "try:\n"
            "    shell.main(['actor', 'Haftar'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "sys.stdout = sys.__stdout__\n"
            "print(counts[2])")
    assert python_output(code) == "0"


def test_the_library_leaves_the_collector_as_it_found_it(tmp_path):
    code = ("import gc, os\n"
            f"os.environ['LIBYADESK_CACHE_DIR'] = {str(tmp_path / 'cache')!r}\n"
            "before = gc.get_threshold()\n"
            "from libyadesk.desk import Desk\n"
            "with Desk.open() as desk:\n"
            "    desk.actor('Haftar')\n"
            "print(gc.get_threshold() == before, gc.isenabled())")
    assert python_output(code) == "True True"


def test_what_a_paused_block_made_is_left_old_not_young():
    # After the timeline's update (collector paused), the objects it made are not walked by the
    # next young collection: they are in the oldest generation, and nothing stays frozen.
    import gc

    from libyadesk.timeline import paused_collector

    assert gc.isenabled()
    with paused_collector():
        assert not gc.isenabled()
        kept = [[i] for i in range(50_000)]
        assert gc.get_count()[0] >= 50_000
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert gc.get_count()[0] < 1_000
    assert any(kept is o for o in gc.get_objects(generation=2))


def test_a_collector_that_was_off_stays_off():
    import gc

    from libyadesk.timeline import paused_collector

    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
