import CMarkGFM

/// The nodes of a parsed body that rendering changes, found in one walk over its tree: its
/// links and images, its task-list items, and whether it has images and raw HTML.
///
/// Typed resources, link rewriting and task labels each walked the whole tree before; one walk
/// for all three took `cmark_iter_next` from 3.2% to 2.4% of a topic-corpus build's samples
/// (the other walks are over single blocks or paragraphs). The lists stay valid through the
/// three passes, in this order: typed resources only change a link's children; link rewriting
/// frees the links it unlinks once it has gone through all of them, and the task labels that
/// come after use only the task items (never inside a link); task labels change an item's
/// children.
struct BodyNodes {
    /// Every link and image, in document order.
    private(set) var links: [CMarkNode] = []
    /// Every task-list item (`- [ ] ...`), in document order.
    private(set) var taskItems: [CMarkNode] = []
    /// Whether the body has an HTML block or inline HTML.
    private(set) var hasRawHTML = false
    /// Whether the body has an image.
    private(set) var hasImages = false

    /// The nodes under `root`.
    init(root: CMarkNode) {
        MarkdownNode.visit(root) { node, entering in
            guard entering else { return }
            switch MarkdownNode.type(node) {
            case CMARK_NODE_LINK: links.append(node)
            case CMARK_NODE_IMAGE:
                links.append(node)
                hasImages = true
            case CMARK_NODE_ITEM where TaskListLabels.isTask(node): taskItems.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: hasRawHTML = true
            default: break
            }
        }
    }
}
