import pathlib

import pytest

from setupguard.rules import findings

FIXTURES = pathlib.Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["bad_setup_curl.py", "bad_setup_b64.py"])
def test_fixture_is_flagged(name):
    assert findings((FIXTURES / name).read_text(), name)


def test_clean_setup_is_not_flagged():
    assert findings("from setuptools import setup\nsetup(name='x')\n") == []
