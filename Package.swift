// swift-tools-version:6.0
import PackageDescription

// sitegen builds and is tested on Linux only (README, "Working on sitegen"): its file watcher uses
// inotify, its preview server, signal handling and output writer call Glibc, its link checker
// loads Debian's libcurl, and the sitegen command links Debian's mimalloc.
let package = Package(
    name: "sitegen",
    products: [
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libcurl, for `check --external`'s requests: loaded when first needed, not linked (its
        // header says why). Its header comes from libcurl4-openssl-dev.
        .target(name: "CCurl"),
        // Arena allocators for cmark-gfm's parsers, one document each (its header says why).
        .target(name: "MarkdownArena", dependencies: ["CMarkGFM"]),
        // cmark-gfm's table of inline trigger characters made constant, so parsers finish in
        // parallel (its header says how).
        .target(name: "CMarkInlineTriggers", dependencies: ["CMarkGFM"]),
        // Escaping of text for HTML, XML and JSON; no other dependency.
        .target(name: "Escaping"),
        // Sanitizing raw HTML to an allow-list (GitHub's): a WHATWG tokenizer and a tag balancer.
        .target(name: "HTMLSanitizer"),
        // The Mustache template engine: parsing, compiling and rendering; knows nothing of sites.
        .target(name: "Mustache", dependencies: ["Escaping"]),
        // A pipe that wakes a thread blocked in poll(2), for the watcher and the server.
        .target(name: "PollWakeup"),
        // Watching folders for changed files (inotify, or scanning).
        .target(name: "FileWatch", dependencies: ["PollWakeup"]),
        // The preview's small HTTP/1.1 server with its Server-Sent Events stream.
        .target(name: "PreviewServer", dependencies: ["PollWakeup"]),
        // The default theme's files (templates/), built into the binary by a generated Swift file
        // (see its header).
        .target(name: "DefaultTheme", exclude: ["templates"]),
        // The core: model, load, markdown, render, the pipeline and its endings.
        .target(
            name: "SiteGen",
            dependencies: [
                "CMarkGFM", "CMarkInlineTriggers", "CCurl", "DefaultTheme", "Escaping", "HTMLSanitizer",
                "MarkdownArena", "Mustache", "PollWakeup",
                "FileWatch", "PreviewServer",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteGen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc replaces glibc's malloc for the whole process (Swift runtime and cmark-gfm
            // included): glibc's allocator was a fifth of a build's time (README, Dependencies).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "SiteGenTests",
            dependencies: [
                "SiteGen", "DefaultTheme", "Escaping", "HTMLSanitizer", "MarkdownArena", "Mustache", "FileWatch",
                "PreviewServer", "PollWakeup",
            ],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
