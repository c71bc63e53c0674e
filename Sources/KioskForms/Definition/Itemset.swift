/// An `<itemset>`: choices read from an instance (often a secondary one, such as the communes of
/// the chosen province), evaluated when the question is shown.
struct Itemset: Sendable, Equatable {
    /// Selects the item nodes, e.g. `instance('communes')/root/item[province = /data/province]`.
    var nodeset: FormExpression
    /// Read from each item node: its value, e.g. `name`.
    var value: FormExpression
    /// Read from each item node: its label, e.g. `label`, or the itext id inside `jr:itext(...)`.
    var label: FormExpression
    /// Whether `label` gives an itext id rather than the text itself.
    var labelIsItextID: Bool
}
