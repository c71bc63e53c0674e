extension Catalog {
    /// The procedures whose names or keywords, in any language, match what a citizen or a volunteer
    /// typed, best match first, ties in catalog order.
    ///
    /// Matching ignores tone and vowel marks, case, spacing and punctuation
    /// (``VietnameseText/searchKey(_:)``): "khai sinh", "khaisinh" and "KHAI SINH" find the birth
    /// procedures; "so do" and "sổ đỏ" the land one. Ranked: a keyword equal to the query, then one
    /// starting with it, then containing it, then a query that contains a whole keyword of four letters
    /// or more ("toi can lam khai sinh cho con"). An empty query gives every procedure.
    public func search(_ query: String) -> [Procedure] {
        let key = VietnameseText.searchKey(query)
        guard !key.isEmpty else { return procedures }
        let scored = procedures.enumerated().compactMap { offset, procedure -> (score: Int, offset: Int)? in
            let score = procedure.searchTerms.map { Self.score(term: $0, query: key) }.max() ?? 0
            return score > 0 ? (score, offset) : nil
        }
        return scored.sorted { ($0.score, -$0.offset) > ($1.score, -$1.offset) }.map { procedures[$0.offset] }
    }

    private static func score(term: String, query: String) -> Int {
        if term == query { return 4 }
        if term.hasPrefix(query) { return 3 }
        if term.contains(query) { return 2 }
        if term.count >= 4, query.contains(term) { return 1 }
        return 0
    }
}

extension Procedure {
    /// The search keys of its names and keywords in every language.
    var searchTerms: [String] {
        (Array(names.values) + keywords.values.flatMap(\.self)).map(VietnameseText.searchKey).filter { !$0.isEmpty }
    }
}
