import ArgumentParser
import RelGraph

/// The options that choose the rules: the built-in pack and the user's rule files.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A YAML rule file to add to the built-in rules (repeatable; format in the README).", valueName: "file"))
    var ruleFiles: [String] = []

    @Flag(help: "Use only the --rules files, not the built-in rule pack.")
    var noDefaultRules = false

    /// Refuses `--no-default-rules` without any rule file (`others`: files given some other way).
    func requireSomeRules(besides others: [String] = []) throws {
        if noDefaultRules, ruleFiles.isEmpty, others.isEmpty {
            throw ValidationError("--no-default-rules leaves no rules at all: add one or more --rules FILE.")
        }
    }

    /// The effective rule set.
    func load() throws -> RuleSet {
        try RuleSet.loading(ruleFiles, builtIn: !noDefaultRules)
    }
}
