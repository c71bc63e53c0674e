import Foundation
import Testing

@testable import KioskForms

/// The fixture's clock is 2024-01-15 17:30 UTC and its time zone UTC+7, so locally it is already
/// 2024-01-16 00:30: a test that ignored the time zone would see the 15th.
@Suite struct XPathDateTests {
    @Test(arguments: [
        ("today()", "2024-01-16"),
        ("now()", "2024-01-16T00:30:00.000+07:00"),
        ("number('1970-01-01')", "0"),
        ("number('2024-01-15')", "19737"),
        ("number('1969-12-31')", "-1"),
        ("number('2024-01-15T12:00:00Z')", "19737.5"),
        ("number('2024-01-15T07:00:00+07:00')", "19737"),
        ("number('2024-01-15T07:00:00')", "19737"),
        ("number('2024-02-30')", "NaN"),
        ("number('2024-1-5')", "NaN"),
        ("date(0)", "1970-01-01"),
        ("date(19737)", "2024-01-15"),
        ("date(19737.9)", "2024-01-15"),
        ("date(-1)", "1969-12-31"),
        ("date('2024-01-15') ", "2024-01-15"),
        ("date('2024-01-15T23:30:00Z')", "2024-01-16"),
        ("date('')", ""),
        ("date(today() + 1)", "2024-01-17"),
        ("date(today() - 366)", "2023-01-15"),
        ("date('2024-02-28') + 1", "19782"),
        ("date(number('2024-02-28') + 1)", "2024-02-29"),
        ("date(number('2023-02-28') + 1)", "2023-03-01"),
        ("'2024-03-01' - '2024-02-01'", "29"),
        ("int((today() - /data/dob) div 365.25)", "41"),
        ("date-time(0)", "1970-01-01T07:00:00.000+07:00"),
        ("date-time(19737.5)", "2024-01-15T19:00:00.000+07:00"),
        ("date-time('2024-01-15T10:00:00Z')", "2024-01-15T17:00:00.000+07:00"),
        ("decimal-date-time('1970-01-02T12:00:00Z')", "1.5"),
        ("decimal-date-time('1970-01-02T19:00:00+07:00')", "1.5"),
        ("decimal-date-time('not a date')", "NaN"),
        ("decimal-time('12:00:00.000+07:00')", "0.5"),
        ("decimal-time('06:00:00.000Z')", "0.5416666666666666"),
        ("decimal-time('18:00')", "0.75"),
        ("decimal-time('25:00')", "NaN"),
        ("format-date('2024-01-15', '%Y/%m/%d %a %b %e %n %y')", "2024/01/15 Mon Jan 15 1 24"),
        ("format-date('2024-03-05', '%e.%n.%Y')", "5.3.2024"),
        ("format-date(/data/dob, '%d/%m/%Y')", "05/03/1982"),
        ("format-date(today(), '%a %d %b')", "Tue 16 Jan"),
        ("format-date(19737, '%Y-%m-%d')", "2024-01-15"),
        ("format-date('', '%Y')", ""),
        ("format-date('garbage', '%Y')", ""),
        ("format-date('2024-01-15', '100%% %H %q')", "100%% %H %q"),
        ("format-date-time('2024-01-15T08:05:09.123+07:00', '%H:%M:%S.%3 %h')", "08:05:09.123 8"),
        ("format-date-time('2024-01-15T01:05:09Z', '%Y-%m-%d %H:%M')", "2024-01-15 08:05"),
        ("format-date-time(now(), '%d/%m/%Y %H:%M:%S')", "16/01/2024 00:30:00"),
        ("format-date-time('2024-01-15', '%H:%M')", "00:00"),
        ("format-date-time(decimal-date-time('2024-01-15T10:00:00Z'), '%H:%M')", "17:00"),
        ("format-date-time(0.5, '%Y-%m-%d %H:%M')", "1970-01-01 19:00"),
        ("format-date(0.5, '%Y-%m-%d %H')", "1970-01-01 %H"),
        ("number(date-time(19737.25)) = 19737.25", "true"),
        ("format-date(pow(10, 300), '%Y')", ""),
    ])
    func datesAndTimes(expression: String, expected: String) throws {
        #expect(try XPathFixture().string(expression) == expected)
    }

    @Test func outOfRangeDatesFailWithoutTrapping() {
        #expect(
            xpathErrorMessage("date(pow(10, 300))")
                == "xpath: date(): 1" + String(repeating: "0", count: 300)
                + " days is outside years 1-9999 in `date(pow(10, 300))`")
        #expect(
            xpathErrorMessage("date('yesterday')") == "xpath: date(): 'yesterday' is not a date in `date('yesterday')`")
        #expect(xpathErrorMessage("date(0 div 0)") == nil)
    }

    @Test func civilArithmeticRoundTrips() {
        for days in stride(from: XPathDate.dayRange.lowerBound, through: XPathDate.dayRange.upperBound, by: 997) {
            let civil = XPathDate.civilFromDays(days)
            #expect(XPathDate.daysFromCivil(year: civil.year, month: civil.month, day: civil.day) == days)
        }
        #expect(XPathDate.weekday(days: 0) == 4)
        #expect(XPathDate.weekday(days: -1) == 3)
        #expect(XPathDate.daysInMonth(year: 1900, month: 2) == 28)
        #expect(XPathDate.daysInMonth(year: 2000, month: 2) == 29)
    }
}
