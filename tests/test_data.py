from __future__ import annotations

import pytest

from newsgraph.data import read_toml
from newsgraph.errors import ConfigError


def test_packaged_toml_is_read() -> None:
    assert "say" in str(read_toml("quotes/cues.toml", code="C400"))


def test_missing_packaged_file_is_a_coded_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        read_toml("quotes/no_such_file.toml", code="C499")
    assert err.value.code == "C499"
    assert str(err.value).startswith("cannot load newsgraph/data/quotes/no_such_file.toml: ")
