import Testing
@testable import RelGraph
