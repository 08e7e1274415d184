import ArgumentParser

/// How strict a command that checks the site is.
struct StrictnessOptions: ParsableArguments {
    @Flag(name: .customLong("warnings-as-errors"), help: "Fail on any warning (for strict CI).")
    var warningsAsErrors = false
}
