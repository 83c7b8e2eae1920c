

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


def test_round_88_distractors_keep_the_keys_roundness_and_plural():
    from quizgen.numbers import nearby_numbers

    assert all(int(x) % 10 == 0 for x in nearby_numbers("110", year=False)), nearby_numbers("110", year=False)  # not 135, 160, 185
    assert set(nearby_numbers("24", year=False)[:3]) <= {"12", "36", "48", "60", "72"}, nearby_numbers("24", year=False)  # hours: not 19, 14, 9
    assert set(nearby_numbers("48", year=False)[:3]) <= {"24", "36", "60", "72", "96"}, nearby_numbers("48", year=False)
    assert "One" not in nearby_numbers("Two") and "1" not in nearby_numbers("3"), (nearby_numbers("Two"), nearby_numbers("3"))
    assert nearby_numbers("17", year=False)[:2] == ["19", "15"]  # an unround key keeps its near neighbours


def test_round_92_a_round_hundred_gets_round_hundreds():
    from quizgen.numbers import nearby_numbers, parse_number

    # "More than _____ vehicles ended up in wrecks": 100 among 120, 140 and 160 was the round one
    for key in ("100", "1,000", "6,000"):
        got = nearby_numbers(key, year=False)
        unit = 100 if key == "100" else 1000
        assert len(got) >= 3 and all(parse_number(x) % (unit // 2) == 0 for x in got), (key, got)
    assert "110" not in nearby_numbers("100", year=False) and "120" not in nearby_numbers("100", year=False)
