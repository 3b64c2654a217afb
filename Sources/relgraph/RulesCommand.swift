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
        what was expected, and the exit code is 1. A pattern that can never match is a warning (exit \
        code 0): a slot that no entity can fill (a type that no gazetteer entry has, or that no entity \
        pattern makes; .adj of a type without adjectives), <FullName> without given_names, a pattern of \
        only optional elements and gaps.

        With --try, runs the rules (built-in pack and --rules files) over a text as a build does, and \
        shows for each sentence: its tokens as relation patterns see them (a recognised entity is one \
        token, shown as {type: text}); each entity with the gazetteer entry or entity pattern that found \
        it; each relation with the pattern that stated it; and the patterns that came closest without \
        yielding anything, with how far they got: how many of their elements (as written) they got \
        through, what they took, and the token they stopped at. Patterns of --rules files are always \
        listed, so a pattern that never matches shows why. In a pattern, characters that are syntax \
        (such as ( and ?) are matched as written in double quotes: '{source:person} "(" {target:agency} ")"'.

        Examples:
          relgraph rules | less
          relgraph rules --check my-rules.yaml
          relgraph rules --rules my-rules.yaml --no-default-rules
          relgraph rules --rules my-rules.yaml --try "Anna Berg (NCA) zweeg."
          relgraph rules --try-file article.txt --closest 5
          relgraph rules --try "Europol kraakte Sky ECC." --json | jq '.[0].misses'
        """
    )

    @Option(help: ArgumentHelp("Rule files to validate (repeatable); prints nothing else.", valueName: "file"))
    var check: [String] = []

    @OptionGroup var rules: RuleOptions

    @OptionGroup var trial: TrialOptions

    func validate() throws {
        try rules.requireSomeRules(besides: check)
        if trial.isRequested, !check.isEmpty { throw ValidationError("give --check or --try, not both.") }
    }

    func run() throws {
        try reportingErrors {
            if trial.isRequested {
                let ruleSet = try rules.load()
                warn(about: ruleSet, in: rules.ruleFiles)
                let document = try trial.document()
                let sentences = RuleTrial(rules: ruleSet, closest: trial.closest ?? TrialOptions.defaultClosest, showingEveryMissOf: Set(rules.ruleFiles))
                    .sentences(of: document)
                try StandardOutput.print(trial.json ? QueryOutput.json(sentences) : TrialOptions.text(sentences), terminator: "")
                return
            }
            if !check.isEmpty {
                let checked = try RuleSet.loading(rules.ruleFiles + check, builtIn: !rules.noDefaultRules)
                let warnings = warn(about: checked, in: rules.ruleFiles + check)
                Console.note("\(check.joined(separator: ", ")): OK\(warnings == 0 ? "" : " with \(warnings) warning(s)") (\(checked.entities.count) entities, \(checked.entityPatterns.count) entity patterns, \(checked.relationPatterns.count) relation patterns in effect)")
                return
            }
            try StandardOutput.print(RuleSetPrinter().yaml(for: try rules.load()), terminator: "")
        }
    }

    /// Shows the warnings about the patterns of `files` in `ruleSet`, and says how many there were.
    @discardableResult
    private func warn(about ruleSet: RuleSet, in files: [String]) -> Int {
        let warnings = ruleSet.patternWarnings.filter { files.contains($0.location.file) }
        warnings.forEach { Console.warn($0.diagnostic) }
        return warnings.count
    }
}
