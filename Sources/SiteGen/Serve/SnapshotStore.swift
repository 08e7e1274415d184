import Synchronization

/// The snapshot being served, shared by the threads that answer requests and the one that
/// rebuilds.
final class SnapshotStore: Sendable {
    private let snapshot: Mutex<PreviewSnapshot>

    /// A store serving `snapshot`.
    init(_ snapshot: PreviewSnapshot) {
        self.snapshot = Mutex(snapshot)
    }

    /// The snapshot served now.
    var current: PreviewSnapshot { snapshot.withLock { $0 } }

    /// Changes the snapshot; returns the new one.
    func update(_ change: (inout PreviewSnapshot) -> Void) -> PreviewSnapshot {
        snapshot.withLock { snapshot in
            change(&snapshot)
            return snapshot
        }
    }
}
