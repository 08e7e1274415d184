import PollWakeup

/// Something that reports which files changed: the kernel's inotify, or a periodic scan.
protocol ChangeSource {
    /// Waits up to `milliseconds` (or until the pipe end `wake` is readable) and returns the
    /// paths that changed meanwhile; empty when none did.
    mutating func changes(waitingUpTo milliseconds: Int32, wake: Int32) -> Set<String>

    /// Releases what the source holds.
    func close()
}
