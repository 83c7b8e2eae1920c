

def test_round_59_nearby_numbers_keep_thousands_commas_and_never_show_zero():
    from quizgen.numbers import nearby_numbers

    assert "1,100" in nearby_numbers("900") and "1100" not in nearby_numbers("900")
    assert all(float(x) > 0 for x in nearby_numbers("0.2", percent=True))
    assert all("," not in x for x in nearby_numbers("2500"))
