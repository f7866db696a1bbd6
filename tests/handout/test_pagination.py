"""``paginate`` with measured stand-ins: whole blocks move on, a block taller than any page is split."""

from __future__ import annotations

from gui.handout.blocks import Block
from gui.handout.render import paginate


def plain(height: float, gap: float = 0.0) -> Block:
    return Block(height, lambda painter, at: None, gap)


def splittable(height: float, paragraph: float, gap: float = 0.0) -> Block:
    """Cuts only between paragraphs of ``paragraph`` height, as the column texts do."""

    def split(room: float) -> tuple[Block, Block] | None:
        whole = int(room // paragraph) * paragraph
        if whole <= 0:
            return None
        return splittable(whole, paragraph, gap), splittable(height - whole, paragraph, gap)

    return Block(height, lambda painter, at: None, gap, split=split if height > paragraph else None)


CONTINUED = plain(10)


def heights(pages: list[list[tuple[float, Block]]]) -> list[list[float]]:
    return [[block.height for _, block in page] for page in pages]


def test_blocks_that_fit_stay_on_one_page() -> None:
    assert heights(paginate([plain(30), plain(40), plain(20)], 100, CONTINUED)) == [[30, 40, 20]]


def test_a_block_that_fits_a_page_moves_on_whole() -> None:
    pages = paginate([plain(60), splittable(80, 10)], 100, CONTINUED)
    assert heights(pages) == [[60], [10, 80]]


def test_a_block_taller_than_a_page_fills_the_rest_and_flows_on() -> None:
    pages = paginate([plain(40), splittable(250, 10)], 100, CONTINUED)
    assert heights(pages) == [[40, 60], [10, 90], [10, 90], [10, 10]]
    for page in pages:
        for y, block in page:
            assert y + block.height <= 100


def test_a_split_block_keeps_its_gap_on_each_new_page() -> None:
    pages = paginate([plain(50), splittable(200, 10, gap=5)], 100, CONTINUED)
    assert pages[0][1][0] == 55 and heights(pages)[0] == [50, 40]
    assert pages[1][1][0] == 15 and heights(pages)[1] == [10, 80]


def test_a_block_that_cannot_be_split_is_placed_whole_at_the_top_of_a_page() -> None:
    pages = paginate([plain(20), plain(150)], 100, CONTINUED)
    assert heights(pages) == [[20], [10, 150]]


def kept(height: float) -> Block:
    block = plain(height)
    block.keep_with_next = True
    return block


def test_a_chain_of_kept_blocks_moves_on_together() -> None:
    """Heading → timeline → table header → first row: none is left alone at the foot of a page."""
    pages = paginate([plain(70), kept(5), kept(20), kept(5), plain(10), plain(10)], 100, CONTINUED)
    assert heights(pages) == [[70], [10, 5, 20, 5, 10, 10]]


def test_a_chain_that_fits_stays() -> None:
    pages = paginate([plain(40), kept(5), kept(20), kept(5), plain(10), plain(30)], 100, CONTINUED)
    assert heights(pages) == [[40, 5, 20, 5, 10], [10, 30]]
