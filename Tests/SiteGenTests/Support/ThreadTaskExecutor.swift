import Foundation

/// A task executor with a thread of its own, for a preview's, server's or watcher's run in a
/// test: the shared task pool has one thread per core (two here), and other tests' blocking
/// calls (a Chromium run, a process waited for) may hold them all for minutes on a busy machine,
/// so a run started on the pool could start too late for the test waiting on it.
///
/// Tasks started with it as their preference (`addTask(executorPreference:)`), and their child
/// tasks, run their jobs on its thread, one at a time. `stop()` ends the thread once its jobs
/// are done; call it after the tasks have ended.
final class ThreadTaskExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    /// Jobs waiting to run, in order; guarded by `condition`.
    private var jobs: [UnownedJob] = []
    /// Whether the thread should end once `jobs` is empty; guarded by `condition`.
    private var stopping = false

    init(name: String) {
        let thread = Thread { [self] in runJobs() }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Ends the thread once the jobs enqueued so far have run.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while jobs.isEmpty, !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
