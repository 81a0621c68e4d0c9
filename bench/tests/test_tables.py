"""Per-corpus findings table: counts, per-100 figures and the real/noise split, on a tiny hand-made case."""

from types import SimpleNamespace

from bench.detect import findings_table, noise_classes, split_findings
from qa.checks.registry import all_checks


def finding(check_id, pair_id, span):
    return SimpleNamespace(check_id=check_id, doc="d1", pair_id=pair_id, source_span=span, target_span="")


FINDINGS = [finding("N201", "p1", "3"), finding("N201", "p2", "4"), finding("N202", "p3", "5"),
            finding("S201", "p4", "teh")]
REVIEW = {("N201", "d1", "p1", "3"): ("real", "number: 3 became 4"),
          ("N201", "d1", "p2", "4"): ("noise", "date: 4日 rendered 'May 4'"),
          ("S201", "d1", "p4", "teh"): ("noise", "vocabulary: fine")}


def test_split_counts_every_finding_once_by_verdict():
    splits = split_findings(FINDINGS, REVIEW, "tiny")
    assert (splits["N201"].count, splits["N201"].real, splits["N201"].noise, splits["N201"].unreviewed) == (2, 1, 1, 0)
    assert (splits["N202"].count, splits["N202"].unreviewed) == (1, 1)
    assert (splits["S201"].noise, splits["S201"].sampled) == (1, 0)


def test_sampled_family_is_extrapolated_to_its_count():
    many = [finding("N201", f"p{k}", str(k)) for k in range(10)]
    review = {("N201", "d1", f"p{k}", str(k)): ("real" if k < 5 else "noise", "x: y") for k in range(10)}
    split = split_findings(many, review, "tiny", size=4)["N201"]
    assert split.count == 10 and split.sampled == 4
    assert split.real + split.noise == 10 and split.real % 2.5 == 0  # 4 sampled verdicts, each worth 10/4


def test_findings_table_per_100_pairs():
    specs = [s for s in all_checks() if s.id in {"N201", "N202", "S201"}]
    lines = findings_table(split_findings(FINDINGS, REVIEW, "tiny"), specs, n_pairs=8)
    n201 = next(line for line in lines if line.startswith("| N201"))
    assert n201.rstrip(" |").split(" | ")[1:7] == ["2", "25.00", "1", "1", "0", "12.50"]
    assert next(line for line in lines if line.startswith("| all checks")).rstrip(" |").split(" | ")[1:7] == \
        ["4", "50.00", "1", "2", "1", "25.00"]
    assert lines[-1] == ("Per 100 clean pairs: all 50.00, real 12.50, noise 25.00, not yet reviewed 12.50.")


def test_noise_classes_counts_reason_labels():
    assert noise_classes(FINDINGS, REVIEW) == "Noise by reason class (reviewed findings): date 1, vocabulary 1."
