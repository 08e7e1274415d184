import Synchronization

/// Slots for results computed in parallel, read back in index order once all are set.
final class ParallelResults<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    /// Empty slots for `count` results.
    init(count: Int) {
        storage = Mutex([Value?](repeating: nil, count: count))
    }

    /// Stores the result for one index.
    func set(_ index: Int, _ value: Value) {
        storage.withLock { $0[index] = value }
    }

    /// All results in index order; every slot must be set.
    var values: [Value] {
        storage.withLock { $0.map { $0! } }
    }

    /// Hands every result to `body` in index order, in place, for it to move out what it keeps
    /// (`Optional.take()`, `swap`): the object holds no slots afterwards. Every slot must be
    /// set. A copy of each result would take a reference to every string and array in it,
    /// written by another thread: slow cache misses, on one thread, after the parallel work.
    /// `body` runs outside the lock.
    func drain(_ body: (inout Value) -> Void) {
        var slots = storage.withLock { slots in
            var taken: [Value?] = []
            swap(&taken, &slots)
            return taken
        }
        for index in slots.indices { body(&slots[index]!) }
    }
}
