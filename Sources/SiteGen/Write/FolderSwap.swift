import Foundation

/// Puts a new folder in place of an old one in one step where the file system can, so that no
/// crash leaves the path empty.
///
/// The step is `renameat2(2)` with `RENAME_EXCHANGE` (Linux 3.15; ext4, xfs, btrfs, tmpfs and
/// overlayfs have it). glibc has the function since 2.28 but Swift's Glibc module does not
/// show it, so it is looked up by name; where the function or the flag is missing (`ENOSYS`,
/// `EINVAL`) the swap is two renames, whose middle state the next build repairs
/// (`StagingDirectory.recover`).
enum FolderSwap {
    /// What an exchange did.
    enum Outcome: Equatable {
        /// The two paths were exchanged.
        case exchanged
        /// This system or file system cannot exchange; nothing was changed.
        case unsupported
        /// The exchange failed with this `errno`; nothing was changed.
        case failed(Int32)
    }

    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let exchangeFlag: UInt32 = 2

    private typealias RenameAt2 =
        @convention(c) (
            Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32

    private static let renameAt2: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Exchanges the two paths (both must exist) atomically.
    static func exchange(_ first: String, _ second: String) -> Outcome {
        guard let renameAt2 else { return .unsupported }
        if renameAt2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return .exchanged }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
    }
}
