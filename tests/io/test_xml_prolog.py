"""Issue 14 items 6 and 13: the XML safety check parses the prolog, so no byte window can be outrun.

Before: a comment or processing instruction longer than the 64 KB pre-scan window,
or UTF-32 without a BOM, hid the DOCTYPE; the entity text was then silently
dropped or kept as `&xxe;`. And `encoding="UTF-16"` over ASCII bytes raised a
UnicodeError traceback.
"""

from __future__ import annotations

import pytest

from qa.errors import InputError
from qa.io import read_document
from qa.io.safe_xml import check_xml_safe, parse_xml
from tests.conftest import assert_one_line_error, run_cli

BODY = (
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
    '<file original="x" source-language="zh" target-language="en" datatype="plaintext"><body>'
    '<trans-unit id="1"><source>长沙举办读书节。</source><target>Changsha held a &xxe; festival.</target></trans-unit>'
    "</body></file></xliff>"
)
ENTITY = '<!DOCTYPE xliff [<!ENTITY xxe "reading">]>'
LONG = 200_000  # three times the old pre-scan window


def _variants() -> dict[str, bytes]:
    decl = '<?xml version="1.0"?>'
    return {
        "long comment": (decl + "<!--" + "x" * LONG + "-->" + ENTITY + BODY).encode(),
        "long processing instruction": (decl + "<?pad " + "x" * LONG + "?>" + ENTITY + BODY).encode(),
        "many short comments": (decl + "<!-- padding -->" * (LONG // 16) + ENTITY + BODY).encode(),
        "utf-32-le without BOM": ('<?xml version="1.0" encoding="UTF-32"?>' + ENTITY + BODY).encode("utf-32-le"),
        "utf-32-be without BOM": ('<?xml version="1.0" encoding="UTF-32"?>' + ENTITY + BODY).encode("utf-32-be"),
        "utf-32 with BOM": ('<?xml version="1.0" encoding="UTF-32"?>' + ENTITY + BODY).encode("utf-32"),
        "element declaration only": (decl + '<!DOCTYPE xliff [<!ELEMENT xliff ANY>]>' + BODY.replace("&xxe;", "reading")).encode(),
    }


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(_variants()))
def test_internal_subset_is_refused_however_it_is_hidden(name, tmp_path):
    data = _variants()[name]
    with pytest.raises(InputError, match="refused as unsafe"):
        check_xml_safe(data, "page.xlf")
    path = tmp_path / "page.xlf"
    path.write_bytes(data)
    with pytest.raises(InputError, match="refused as unsafe") as info:
        read_document(path)
    assert "\n" not in str(info.value)


def test_a_long_comment_before_a_plain_doctype_is_fine(tmp_path):
    """No window any more: a harmless file is not refused just because its prolog is long."""
    data = ('<?xml version="1.0"?><!--' + "x" * LONG + '--><!DOCTYPE xliff SYSTEM "xliff.dtd">' + BODY.replace("&xxe;", "reading")).encode()
    check_xml_safe(data)
    path = tmp_path / "page.xlf"
    path.write_bytes(data)
    assert read_document(path).pairs[0].target == "Changsha held a reading festival."


def test_parse_xml_refuses_entity_nodes_the_check_did_not_see():
    with pytest.raises(InputError, match="refused as unsafe"):
        parse_xml(('<?xml version="1.0"?>' + ENTITY + BODY).encode())


def test_utf16_declared_over_ascii_bytes_is_one_line_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lying = '<?xml version="1.0" encoding="UTF-16"?>\n' + BODY.replace("&xxe;", "reading")
    (tmp_path / "page.xlf").write_bytes(lying.encode("utf-8"))
    (tmp_path / "noext").write_bytes(lying.encode("utf-8"))
    assert_one_line_error(run_cli("check", "page.xlf", "-o", "out"), 'encoding="UTF-16"', "UTF-8")
    assert_one_line_error(run_cli("check", "noext", "-o", "out"), 'encoding="UTF-16"')


def test_real_utf16_with_its_declaration_is_still_read(tmp_path):
    text = '<?xml version="1.0" encoding="UTF-16"?>\n' + BODY.replace("&xxe;", "reading")
    for i, data in enumerate((text.encode("utf-16"), text.encode("utf-16-le"))):
        path = tmp_path / f"page{i}.xlf"
        path.write_bytes(data)
        assert read_document(path).pairs[0].source == "长沙举办读书节。"
