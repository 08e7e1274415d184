import Dispatch
import Testing

@testable import SiteGen

struct ParallelResultsTests {
    final class Box: Sendable {
        let number: Int
        init(_ number: Int) { self.number = number }
    }

    @Test func drainHandsOverEveryResultInIndexOrder() {
        let results = ParallelResults<Box>(count: 500)
        DispatchQueue.concurrentPerform(iterations: 500) { results.set($0, Box($0)) }
        var numbers: [Int] = []
        results.drain { numbers.append($0.number) }
        #expect(numbers == Array(0..<500))
    }

    @Test func drainHandsOverResultsInPlaceToBeMovedOut() {
        let results = ParallelResults<Box?>(count: 3)
        for index in 0..<3 { results.set(index, Box(index)) }
        var unique: [Bool] = []
        var kept: [Box] = []
        results.drain { (box: inout Box?) in
            // A copy, in the object or on the way, would be a second reference.
            unique.append(isKnownUniquelyReferenced(&box!))
            kept.append(box.take()!)
        }
        #expect(unique == [true, true, true])
        #expect(kept.map(\.number) == [0, 1, 2])
        #expect(kept.indices.allSatisfy { isKnownUniquelyReferenced(&kept[$0]) })
    }
}
