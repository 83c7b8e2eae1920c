

def test_round_59_nearby_numbers_keep_thousands_commas_and_never_show_zero():
    from quizgen.numbers import nearby_numbers

    assert "1,100" in nearby_numbers("900") and "1100" not in nearby_numbers("900")
    assert all(float(x) > 0 for x in nearby_numbers("0.2", percent=True))
    assert all("," not in x for x in nearby_numbers("2500"))


def test_round_66_a_key_with_a_fraction_gets_no_point_zero_beside_it():
    # "12.5 cents" had "10.0 cents" and "5.0 cents" beside it
    from quizgen.numbers import nearby_numbers

    for key in ("12.5", "2.5", "47.5", "1.5"):
        got = nearby_numbers(key)
        assert len(got) >= 3 and not any(g.endswith(".0") for g in got), (key, got)
    assert nearby_numbers("8.00")[:2] == ["10.00", "6.00"]  # a price keeps its cents
