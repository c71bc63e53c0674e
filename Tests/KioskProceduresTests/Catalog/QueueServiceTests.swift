import Foundation
import Testing

@testable import KioskProcedures

/// Each procedure names the queue line its citizens wait in; the shipped catalog sends civil status
/// to "A" and land to "B"; a procedure without one takes the queue's first (nil here).
@Suite("Catalog: queue services")
struct QueueServiceTests {
    @Test func theShippedCatalogNamesALineForEachProcedure() throws {
        let catalog = try CatalogFixtures.shippedCatalog()
        #expect(catalog.procedure(id: "birth-certificate-copy")?.queueService == "A")
        #expect(catalog.procedure(id: "land-first-registration")?.queueService == "B")
    }

    @Test func itIsOptionalAndOneCapitalLetter() throws {
        #expect(try Catalog.decode(CatalogFixtures.catalog()).procedures.first?.queueService == nil)
        #expect(
            try Catalog.decode(CatalogFixtures.catalog(["queueService": #""C""#])).procedures.first?.queueService == "C"
        )
        for bad in [#""a""#, #""AB""#, #""""#, #""Đ""#] {
            #expect(throws: CatalogError.self, "\(bad)") {
                try Catalog.decode(CatalogFixtures.catalog(["queueService": bad]))
            }
        }
    }
}
