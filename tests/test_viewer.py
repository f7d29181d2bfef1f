"""The web viewer, server side: pages, downloads, and its safety (escaping, upload limit, folder
confinement, local binding). The browser tests are in test_viewer_browser.py."""

import inspect

import pytest
from starlette.testclient import TestClient

from refold import viewer
from refold.cli import build_parser

SEED = "R35-cloopen-2023-policies-tables.txt"


@pytest.fixture()
def client(shared):
    return TestClient(viewer.create_app([shared / "seed"]))


def open_seed(client):
    response = client.get(f"/file?path={SEED}", follow_redirects=False)
    assert response.status_code == 303
    return response.headers["location"]


def test_start_page_lists_the_folder(client):
    body = client.get("/").text
    assert SEED in body and "<textarea" in body


def test_page_shows_source_tables_checks_and_links(client):
    body = client.get(open_seed(client)).text
    assert 'id="L1"' in body and body.count('class="ln"') == 878  # every source line
    assert ">526,717<" in body and 'data-lines="' in body
    assert "17 relations" in body and "rate 7.0999" in body
    for fmt in ("csv", "json", "md", "html", "xlsx", "parquet"):
        assert f"/export/{fmt}" in body


@pytest.mark.parametrize("fmt, media", [("xlsx", "spreadsheetml"), ("csv", "text/csv"), ("json", "json"),
                                        ("md", "markdown"), ("html", "text/html"), ("parquet", "parquet")])
def test_downloads(client, fmt, media):
    response = client.get(open_seed(client) + f"/export/{fmt}")
    assert response.status_code == 200 and media in response.headers["content-type"]
    assert "attachment" in response.headers["content-disposition"] and len(response.content) > 100


def test_pasted_text_is_escaped(client):
    evil = "|\nT (Details) - USD ($)\n|\nDec. 31, 2023\n|<script>alert(1)</script>\n|$ 5\n|<img src=x onerror=alert(2)>"
    response = client.post("/page", data={"text": evil})
    assert response.status_code == 200
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_upload_limit(shared):
    client = TestClient(viewer.create_app([], max_upload=1000))
    response = client.post("/page", files={"file": ("big.txt", b"|x\n" * 1000)})
    assert response.status_code == 413
    assert client.post("/page", files={"file": ("small.txt", b"|Cash\n|5\n")}).status_code == 200


def test_no_file_outside_the_folders(client, shared, tmp_path):
    for path in ("../corpus/pages.jsonl", "/etc/passwd", "..%2F..%2Fetc%2Fpasswd", "../../../../etc/passwd"):
        assert client.get(f"/file?path={path}").status_code == 404
    root = tmp_path / "root"
    root.mkdir()
    (root / "out").symlink_to("/etc/passwd")  # a link that leads out of the folder
    assert TestClient(viewer.create_app([root])).get("/file?path=out").status_code == 404


def test_unknown_page_and_format(client):
    assert client.get("/page/0000000000000000").status_code == 404
    assert client.get(open_seed(client) + "/export/exe").status_code == 404


def test_binds_to_this_machine_by_default():
    assert inspect.signature(viewer.serve).parameters["host"].default == "127.0.0.1"
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"


def test_bad_input_is_a_message_not_a_crash(client):
    assert client.post("/page", data={"text": "   "}).status_code == 400
    assert client.post("/page", files={"file": ("x.gz", b"not gzip")}).status_code == 400
    assert client.post("/page", files={"file": ("bin", b"\x00\x01\x02\x03" * 10)}).status_code == 400
