import Foundation

extension XPathCall {
    /// number, int, round, sum, floor, ceiling, abs, the math functions, random, min, max.
    func numberFunction() throws(XPathError) -> Value? {
        switch name {
        case "number":
            return .number(count == 0 ? evaluator.number(.nodes([focus.node])) : try number(0))
        case "int":
            return .number(try number(0).rounded(.towardZero))
        case "round":
            return .number(count == 1 ? Self.round(try number(0)) : Self.round(try number(0), decimals: try number(1)))
        case "sum":
            let nodes = try nodes(0)
            try evaluator.spend(nodes.count)
            // An unanswered node adds nothing, as in JavaRosa (XPath 1.0 would make the sum NaN):
            // a household total must not vanish because one member's age is still blank.
            return .number(
                nodes.filter { !evaluator.string(.nodes([$0])).isEmpty }.reduce(0) {
                    $0 + evaluator.number(.nodes([$1]))
                })
        case "min", "max":
            // Blank values are skipped, as in JavaRosa.
            let values = try flattenedStrings(from: 0).filter { !$0.isEmpty }.map {
                XPathNumberFormat.number(from: $0, timeZone: context.timeZone)
            }
            // As in XPath 3.0: empty gives nothing (NaN here), and any NaN makes the result NaN.
            guard !values.isEmpty, !values.contains(where: \.isNaN) else { return .number(.nan) }
            return .number((name == "min" ? values.min() : values.max()) ?? .nan)
        case "random":
            // 53 random bits make every Double in [0, 1) with that spacing equally likely.
            return .number(Double(context.random() >> 11) / 9_007_199_254_740_992)
        case "pi":
            return .number(Double.pi)
        case "atan2":
            return .number(atan2(try number(0), try number(1)))
        case "pow":
            // Double arithmetic: pow(10, 1000) is Infinity, not a huge allocation.
            return .number(Foundation.pow(try number(0), try number(1)))
        default:
            guard let function = Self.unary[name] else { return nil }
            return .number(function(try number(0)))
        }
    }

    private static var unary: [String: @Sendable (Double) -> Double] {
        [
            "floor": { $0.rounded(.down) }, "ceiling": { $0.rounded(.up) }, "abs": { Swift.abs($0) },
            "log": { Foundation.log($0) }, "log10": { Foundation.log10($0) }, "exp": { Foundation.exp($0) },
            "exp10": { Foundation.pow(10, $0) }, "sqrt": { $0.squareRoot() }, "sin": { Foundation.sin($0) },
            "cos": { Foundation.cos($0) }, "tan": { Foundation.tan($0) }, "asin": { Foundation.asin($0) },
            "acos": { Foundation.acos($0) }, "atan": { Foundation.atan($0) },
        ]
    }

    /// XPath 1.0 round: the nearest integer, halves towards positive infinity (round(-2.5) = -2).
    static func round(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return (value + 0.5).rounded(.down)
    }

    /// ODK's two-argument round: halves away from zero, on the decimal digits as written (as JavaRosa's
    /// BigDecimal HALF_UP, so round(0.285, 2) is 0.29 although 0.285 is a little less in binary);
    /// negative decimals round to tens, hundreds...
    static func round(_ value: Double, decimals: Double) -> Double {
        guard value.isFinite else { return value }
        guard !decimals.isNaN else { return .nan }
        let places = Swift.min(Swift.max(decimals.rounded(.towardZero), -400), 400)
        if Swift.abs(value) < 1e30, Swift.abs(places) <= 30, var decimal = Decimal(string: value.description) {
            var rounded = Decimal()
            NSDecimalRound(&rounded, &decimal, Int(places), .plain)
            // Through text: NSDecimalNumber.doubleValue can miss the nearest Double (3.1415999999999995).
            return Double(rounded.description) ?? NSDecimalNumber(decimal: rounded).doubleValue
        }
        let factor = Foundation.pow(10, places)
        let scaled = value * factor
        guard scaled.isFinite, factor != 0 else { return value }
        let result = scaled.rounded(.toNearestOrAwayFromZero) / factor
        return result.isFinite ? result : value
    }
}
