extension PersonalIDNumber {
    /// An ODK XPath constraint for a personal ID number question (`.` is the answer), made only of
    /// functions every ODK client knows (`regex`, `substr`, `selected`, `string-length`, `concat`,
    /// `not`), so the form stays loadable by ODK Collect, Enketo and KoboToolbox.
    ///
    /// It checks what ``validate(_:sex:birthYear:)`` checks; the tests hold the two to the same answers
    /// on a table of numbers in our form engine (and JavaRosa 5.1, ODK Validate 1.20, gave the same 150
    /// verdicts when this was written):
    /// - 12 digits, the first three a code of ``birthProvinces`` (one `regex`);
    /// - with `sexRef`: digit 4 even when that answer is `maleValue`, odd when it is `femaleValue`;
    ///   any other answer, or none, checks nothing;
    /// - with `birthYearRef`: digit 4 codes the century of that year (18/8–9, 19/0–1, 20/2–3,
    ///   21/4–5, 22/6–7) and digits 5–6 are its last two digits; an empty answer checks nothing.
    ///
    /// `birthYearRef` must give a four-digit year as text: a year question (`/data/child/birth_year`)
    /// or `format-date(/data/child/dob, '%Y')` for a date. The XPath cannot say which rule failed, so
    /// the form's constraint message names them all; the kiosk can use ``validate(_:sex:birthYear:)``
    /// for a precise message.
    public static func xpathConstraint(
        sexRef: String? = nil, birthYearRef: String? = nil, maleValue: String = "male",
        femaleValue: String = "female"
    ) -> String {
        var parts = ["regex(., '^0(\(provinceCodePattern))[0-9]{9}$')"]
        let centuryDigit = "substr(., 3, 4)"
        if let sexRef {
            parts.append(
                "(not(selected(\(sexRef), \(literal(maleValue)))) or regex(\(centuryDigit), '^[02468]$'))")
            parts.append(
                "(not(selected(\(sexRef), \(literal(femaleValue)))) or regex(\(centuryDigit), '^[13579]$'))")
        }
        if let birthYearRef {
            let centuries = "'^(18[89]|19[01]|20[23]|21[45]|22[67])$'"
            let century = "regex(concat(substr(\(birthYearRef), 0, 2), \(centuryDigit)), \(centuries))"
            let year = "substr(\(birthYearRef), 2, 4) = substr(., 4, 6)"
            parts.append("(string-length(\(birthYearRef)) = 0 or (\(century) and \(year)))")
        }
        return parts.joined(separator: " and ")
    }

    /// The two digits after the leading 0 of every place-of-birth code, grouped by tens:
    /// "0[12468]|1[0124579]|...".
    static var provinceCodePattern: String {
        var unitsByTens: [(tens: Character, units: String)] = []
        for province in birthProvinces {
            let digits = Array(province.code.dropFirst())
            if let last = unitsByTens.last, last.tens == digits[0] {
                unitsByTens[unitsByTens.count - 1].units.append(digits[1])
            } else {
                unitsByTens.append((digits[0], String(digits[1])))
            }
        }
        return unitsByTens.map { "\($0.tens)[\($0.units)]" }.joined(separator: "|")
    }

    /// An XPath string literal: single quotes unless the text has one.
    private static func literal(_ text: String) -> String {
        text.contains("'") ? "\"\(text)\"" : "'\(text)'"
    }
}
