extension DefaultRulePack {
    /// Placeholder until the gazetteer lands.
    static let agencies = #"""
    """#
}
