import CMarkGFM
import Escaping

/// Gives each task-list checkbox (`- [x] Read the docs`) the item's text as its label.
///
/// cmark-gfm's task-list extension writes `<li><input type="checkbox" disabled="" /> Read the
/// docs</li>`: a form control with no accessible name. Here each task item is made a plain
/// item again, and its first paragraph's content is wrapped in a custom inline node written as
/// `<label class="task"><input type="checkbox" disabled> …</label>`, so the checkbox is named by
/// the words beside it and they stay written once (HTML Living Standard, "The label element";
/// WCAG 2.1, 4.1.2 Name, Role, Value). An item that starts with another block, or has no text,
/// gets `<span class="task"><input … aria-label="…"></span>` named by the item's text, or
/// "Task". The stylesheet finds task items by the `task` class, to draw them without bullets.
enum TaskListLabels {
    /// The checkbox of a checked or unchecked task, with the attributes after `disabled`.
    static func checkbox(checked: Bool, attributes: String = "") -> String {
        "<input type=\"checkbox\" disabled\(checked ? " checked" : "")\(attributes)>"
    }

    /// Labels the task items `items` (`BodyNodes.taskItems`) of `document`.
    static func mark(_ items: [CMarkNode], of document: MarkdownDocument) {
        for item in items {
            let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
            let first = cmark_node_first_child(item)
            if let paragraph = first, MarkdownNode.type(paragraph) == CMARK_NODE_PARAGRAPH,
                cmark_node_first_child(paragraph) != nil, let label = document.newNode(CMARK_NODE_CUSTOM_INLINE)
            {
                cmark_node_set_on_enter(label, "<label class=\"task\">" + checkbox(checked: checked) + " ")
                cmark_node_set_on_exit(label, "</label>")
                MarkdownNode.moveChildren(of: paragraph, into: label)
                cmark_node_append_child(paragraph, label)
            } else {
                let text = SectionBuilder.trimmingBlanks(MarkdownNode.plainText(item))
                let name = " aria-label=\"\(Escape.html(text.isEmpty ? "Task" : text))\""
                let isParagraph = first.map { MarkdownNode.type($0) == CMARK_NODE_PARAGRAPH } ?? false
                guard let box = document.newNode(isParagraph ? CMARK_NODE_CUSTOM_INLINE : CMARK_NODE_CUSTOM_BLOCK)
                else { continue }
                cmark_node_set_on_enter(box, "<span class=\"task\">" + checkbox(checked: checked, attributes: name))
                cmark_node_set_on_exit(box, "</span>")
                if isParagraph, let first {
                    cmark_node_append_child(first, box)
                } else {
                    cmark_node_prepend_child(item, box)
                }
            }
            cmark_node_set_syntax_extension(item, nil)
        }
    }

    /// Whether an item is a task (cmark-gfm names its type `tasklist`).
    static func isTask(_ item: CMarkNode) -> Bool {
        guard let name = cmark_node_get_type_string(item) else { return false }
        return String(cString: name) == "tasklist"
    }
}
