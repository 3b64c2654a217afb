import ArgumentParser
import RelGraph

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the effective rule set, or check rule files.",
        discussion: """
        Without --check, prints every rule that applies (built-in pack and --rules files) in the rule-file \
        format, each with where it comes from; the output can be loaded again with --rules.

        With --check, validates the given rule files against the built-in pack (unless \
        --no-default-rules) without reading any text: a bad file is reported as file:line:column with \
        what was expected, and the exit code is 1.

        Examples:
          relgraph rules | less
          relgraph rules --check my-rules.yaml
          relgraph rules --rules my-rules.yaml --no-default-rules
        """
    )

    @Option(help: ArgumentHelp("Rule files to validate (repeatable); prints nothing else.", valueName: "file"))
    var check: [String] = []

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        try rules.requireSomeRules(besides: check)
    }

    func run() throws {
        try reportingErrors {
            if !check.isEmpty {
                let checked = try RuleSet.loading(rules.ruleFiles + check, builtIn: !rules.noDefaultRules)
                Console.note("\(check.joined(separator: ", ")): OK (\(checked.entities.count) entities, \(checked.entityPatterns.count) entity patterns, \(checked.relationPatterns.count) relation patterns in effect)")
                return
            }
            try StandardOutput.print(RuleSetPrinter().yaml(for: try rules.load()), terminator: "")
        }
    }
}
