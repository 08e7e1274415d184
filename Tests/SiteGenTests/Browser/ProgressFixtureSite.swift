import Foundation

/// A small site that follows the progress script's DOM contract (the comment at the top of
/// `templates/assets/progress.js`), written as static HTML with the theme's real `style.css` and
/// `progress.js`, under the base path `/docs/`, served with a strict Content-Security-Policy.
///
/// - `/docs/` the home page: a card per roadmap with its summary (backend's lists its topics)
/// - `/docs/backend/` the roadmap page: summary, tools, and a map of `mapSize` topics: internet
///   with subtopics http and dns, a label, git, a link to another roadmap, then `extra-N` topics
/// - `/docs/backend/internet/`, `/docs/backend/git/` topic pages
/// - `/docs/about/` a page with nothing of the contract
struct ProgressFixtureSite {
    static let base = "/docs/"
    static let storageKey = "sitegen-progress:/docs/"
    static let backendTopics = ["internet", "http", "dns", "git"]

    let root = TestFiles.temporaryDirectory()
    let server: StaticSiteServer

    /// Writes the site; `extraTopics` more nodes on the backend map (to test a large map).
    init(extraTopics: Int = 0) throws {
        let assets = TestFiles.defaultTheme + "/assets/"
        for asset in ["progress.js", "style.css"] {
            TestFiles.write(TestFiles.read(assets + asset), to: root + Self.base + "assets/" + asset)
        }
        let extra = (0..<extraTopics).map { "extra-\($0 + 1)" }
        let total = Self.backendTopics.count + extra.count
        Self.page(
            root, "", title: "All roadmaps",
            """
            <ul class="cards">
            <li class="card"><h3><a href="backend/">Backend</a></h3>
            <p class="progress-summary" data-roadmap="backend" data-total="\(total)" data-topics="\((Self.backendTopics + extra).joined(separator: " "))" hidden></p></li>
            <li class="card"><h3><a href="frontend/">Frontend</a></h3>
            <p class="progress-summary" data-roadmap="frontend" data-total="2" hidden></p></li>
            </ul>
            """)
        let extraNodes = extra.map { "<li data-topic=\"\($0)\"><a href=\"\($0)/\">Extra topic \($0)</a></li>" }
        Self.page(
            root, "backend/", title: "Backend",
            """
            <p class="lead">Build the systems users don't see.</p>
            <p class="progress-summary" data-roadmap="backend" data-total="\(total)" hidden></p>
            <nav class="map" aria-label="Map of the roadmap">
            <ol data-roadmap="backend">
            <li data-topic="internet"><a href="internet/">Internet</a>
            <ul>
            <li data-topic="http"><a href="http/">HTTP</a></li>
            <li data-topic="dns"><a href="dns/">DNS and how it works</a></li>
            </ul>
            </li>
            <li class="label">Version control</li>
            <li data-topic="git"><a href="git/">Git</a></li>
            <li><a href="../frontend/">Frontend roadmap</a></li>
            \(extraNodes.joined(separator: "\n"))
            </ol>
            </nav>
            <div class="progress-tools" data-roadmap="backend"></div>
            <h2 id="faq">Frequently asked questions</h2>
            <p>Which language first? Any.</p>
            """)
        for (topic, title) in [("internet", "Internet"), ("git", "Git")] {
            Self.page(
                root, "backend/\(topic)/", title: title,
                """
                <div class="progress" data-roadmap="backend" data-topic="\(topic)"></div>
                <p>What \(title) is, and why it matters.</p>
                """)
        }
        Self.page(root, "about/", title: "About", "<p>A page with no progress on it.</p>")
        server = try StaticSiteServer(root: root)
    }

    /// The URL of a page, by its path under the base (`""`, `backend/`, `backend/git/`).
    func url(_ path: String) -> String {
        server.url(Self.base + path)
    }

    private static func page(_ root: String, _ path: String, title: String, _ content: String) {
        TestFiles.write(
            """
            <!DOCTYPE html>
            <html lang="en" data-site="\(Self.base)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <link rel="stylesheet" href="\(Self.base)assets/style.css">
            <script src="\(Self.base)assets/progress.js" defer></script>
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to content</a>
            <header class="site-header"><div class="wrap"><a class="site-title" href="\(Self.base)">Roadmaps</a></div></header>
            <main id="main"><div class="wrap">
            <h1>\(title)</h1>
            \(content)
            </div></main>
            </body>
            </html>
            """, to: root + base + path + "index.html")
    }
}
