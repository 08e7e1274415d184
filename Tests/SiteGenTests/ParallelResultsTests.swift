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

    @Test func drainMovesResultsOutOfTheirSlots() {
        let results = ParallelResults<Box>(count: 3)
        for index in 0..<3 { results.set(index, Box(index)) }
        var unique: [Bool] = []
        results.drain { (box: consuming Box) in
            var box = consume box
            // A copy would leave the slot holding a second reference.
            unique.append(isKnownUniquelyReferenced(&box))
        }
        #expect(unique == [true, true, true])
    }
}
