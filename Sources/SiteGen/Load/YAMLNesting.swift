/// A cheap, conservative bound on how deeply a YAML text nests, checked before parsing so that
/// hostile input cannot exhaust the parser's stack.
enum YAMLNesting {
    /// The 1-based line on which the nesting bound first exceeds `limit`, if any.
    ///
    /// The bound counts open flow brackets outside quotes, plus on each line its indentation and
    /// the block indicators (`- `, `? `) that open nested collections.
    static func firstLineDeeperThan(_ limit: Int, in yaml: String) -> Int? {
        var flowDepth = 0
        var line = 1
        var indentation = 0
        var blockIndicators = 0
        var atLineStart = true
        var quote: UInt8?
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                indentation = 0
                blockIndicators = 0
                atLineStart = true
                if quote == UInt8(ascii: "\n") { quote = nil }
                previous = byte
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) {
                indentation += 1
            } else if atLineStart && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) {
                blockIndicators += 1
            } else {
                atLineStart = false
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"): flowDepth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "[")
                        || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ":")
                    {
                        quote = byte
                    }
                case UInt8(ascii: "#"):
                    if previous == UInt8(ascii: " ") { quote = UInt8(ascii: "\n") }
                default: break
                }
            }
            if flowDepth + indentation / 2 + blockIndicators > limit { return line }
            previous = byte
        }
        return nil
    }
}
