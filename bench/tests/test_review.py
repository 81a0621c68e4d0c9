"""The hand review of findings on the clean set (bench/clean_review.tsv), read by bench.detect."""

from bench.detect import load_review


def test_clean_set_review_file_is_well_formed():
    """bench/clean_review.tsv: every hand verdict on a clean-set finding is 'real' or 'noise', with a reason."""
    review = load_review()
    assert len(review) >= 10
    for (check_id, doc, pair_id, span), (verdict, reason) in review.items():
        assert check_id[0].isalpha() and doc.startswith("mac-") and pair_id.startswith("p") and span
        assert verdict in {"real", "noise"} and len(reason) > 10
