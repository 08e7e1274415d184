/// A token of an HTML fragment, as the WHATWG tokenizer emits it to the tree builder.
enum HTMLToken: Equatable {
    /// Characters, with character references decoded (UTF-8).
    case text([UInt8])
    /// A start tag; `offset` is the byte index of its `<` in the fragment.
    case startTag(HTMLStartTag)
    /// An end tag (its attributes, a parse error, are dropped); `offset` is the index of its `<`.
    case endTag(name: String, offset: Int)
    /// A comment, bogus comment (`<?php ?>`, `</ x>`), DOCTYPE or CDATA section in HTML content:
    /// markup that shows nothing.
    case comment
}

/// A start tag: its lowercased name, its attributes in source order, and whether it ended in
/// `/>`.
struct HTMLStartTag: Equatable {
    var name: String
    var attributes: [HTMLAttribute] = []
    var isSelfClosing = false
    var offset: Int
}

/// An attribute of a start tag: its lowercased name and its value, with character references
/// decoded; `hasValue` is false for an attribute written without `=` (`<details open>`).
struct HTMLAttribute: Equatable {
    var name: String
    var value: [UInt8]
    var hasValue: Bool
}
