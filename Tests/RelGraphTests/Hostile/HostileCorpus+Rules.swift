import Foundation

/// Rule files that are malformed, contradict themselves or the built-in pack, or try to run away (YAML
/// aliases that multiply, nesting past any stack, patterns of thousands of parts), each checked with
/// `rules --check` and used by a `build` that must then leave its earlier output as it was.
extension HostileCorpus {
    /// A rule file, what must come of it, and what the message must say besides the file's name.
    struct RuleFile: Sendable {
        let name: String
        let bytes: [UInt8]
        var exit: HostileCase.Exit = .badInput
        var mentions: [String] = []
        /// Whether the file is checked against the built-in pack (slower to load) rather than alone.
        var builtIn = false

        init(_ name: String, _ text: String, exit: HostileCase.Exit = .badInput, _ mentions: String..., builtIn: Bool = false) {
            self.init(name, Array(text.utf8), exit: exit, mentions, builtIn: builtIn)
        }

        init(_ name: String, _ bytes: [UInt8], exit: HostileCase.Exit = .badInput, _ mentions: [String], builtIn: Bool = false) {
            self.name = name
            self.bytes = bytes
            self.exit = exit
            self.mentions = mentions
            self.builtIn = builtIn
        }
    }

    static let ruleFiles: [RuleFile] = {
        var generator = SplitMix(seed: 64)
        let randomBytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let relation = { (pattern: String) in "relation_patterns:\n  - {id: x, relation: cracked_by, pattern: \"\(pattern)\"}\n" }
        let malformed = [
            RuleFile("a tab for indentation", "entities:\n\t- {name: X, type: city}\n", "bad.yaml:2:", "invalid YAML"),
            RuleFile("an unclosed list", "entities: [\n", "bad.yaml:2:", "invalid YAML"),
            RuleFile("an unclosed quote", "hedges: [\"zou]\n", "bad.yaml:", "invalid YAML"),
            RuleFile("bad indentation", "entities:\n  - name: X\n   type: city\n", "bad.yaml:3:", "invalid YAML"),
            RuleFile("a key given twice", "hedges: [a]\nhedges: [b]\n", "bad.yaml:", "hedges"),
            RuleFile("an undefined alias", "entities: *nope\n", "bad.yaml:1:", "undefined alias"),
            RuleFile("a NUL byte", "entities:\n  - {name: \"X\u{0}Y\", type: city}\n", "bad.yaml:2:", "control characters"),
            RuleFile("invalid UTF-8", Array("hedges: [caf".utf8) + [0xE9, 0x5D, 0x0A], ["bad.yaml", "UTF-8"]),
            RuleFile("UTF-16", [0xFF, 0xFE] + "hedges: [zou]\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, ["bad.yaml", "UTF-8"]),
            RuleFile("random bytes", randomBytes, ["bad.yaml"]),
            RuleFile("two documents", "hedges: [a]\n---\nhedges: [b]\n", "bad.yaml:", "document"),
            RuleFile("a list at the top", "- a\n- b\n", "bad.yaml:1:1", "expected a mapping"),
            RuleFile("a scalar at the top", "hello\n", "bad.yaml:1:1", "expected a mapping"),
        ]
        let wrong = [
            RuleFile("an unknown key", "entity: []\n", "bad.yaml:1:1", "unknown key 'entity'"),
            RuleFile("entities that are not a list", "entities: Sky ECC\n", "bad.yaml:1:", "expected a list of entities"),
            RuleFile("an entity without a name", "entities:\n  - {type: city}\n", "bad.yaml:2:", "missing 'name'"),
            RuleFile("an unknown type", "entities:\n  - {name: X, type: galaxy}\n", "bad.yaml:2:", "unknown entity type 'galaxy'"),
            RuleFile("an empty name", "entities:\n  - {name: \"\", type: city}\n", "bad.yaml:2:", "non-empty"),
            RuleFile("a name that is a mapping", "entities:\n  - {name: {a: b}, type: city}\n", "bad.yaml:2:", "non-empty text"),
            RuleFile("an unknown case policy", "entities:\n  - {name: X, type: city, case: loud}\n", "bad.yaml:2:", "unknown case policy"),
            RuleFile("an unknown relation", "relation_patterns:\n  - {id: x, relation: funded_by, pattern: \"{source:platform} {target:agency}\"}\n",
                     "bad.yaml:2:", "unknown relation 'funded_by'"),
            RuleFile("an unclosed parenthesis", relation("{source:platform} (door {target:agency}"), "bad.yaml:2:", "missing ')'"),
            RuleFile("an unknown slot type", relation("{source:galaxy} door {target:agency}"), "bad.yaml:2:", "galaxy"),
            RuleFile("an empty alternative", relation("{source:platform} () {target:agency}"), "bad.yaml:2:"),
            RuleFile("a lone gap", relation("…"), "bad.yaml:2:"),
            RuleFile("a relation pattern without a target", relation("{source:platform} door"), "bad.yaml:2:", "{target:TYPE}"),
            RuleFile("a span in a relation pattern", relation("{source:platform} [door] {target:agency}"), "bad.yaml:2:", "span"),
            RuleFile("a name template with an unknown slot",
                     "entity_patterns:\n  - {id: x, type: agency, pattern: \"{city.adj} rechter\", name: \"rechter in {town}\"}\n",
                     "bad.yaml:2:", "no slot 'town'"),
            RuleFile("a link to an unknown slot",
                     "entity_patterns:\n  - {id: x, type: agency, pattern: \"{city.adj} rechter\", links: {located_in: town}}\n",
                     "bad.yaml:2:", "no slot 'town'"),
            RuleFile("an invalid type name", "types:\n  entities: [Bad-Type]\n", "bad.yaml:2:", "not a valid type name"),
            RuleFile("a correction with one name", "same: [[Sky ECC]]\n", "bad.yaml:1:", "at least two names"),
        ]
        let conflicting = [
            RuleFile("one name, two types", "entities:\n  - {name: Mechelen, type: city}\n  - {name: Mechelen, type: region}\n",
                     "bad.yaml:3:", "no rule for choosing"),
            RuleFile("same and distinct", "same: [[A, B]]\ndistinct: [[A, B]]\n", "bad.yaml:1:", "both same and distinct"),
            RuleFile("a name the built-in pack gives another type", "entities:\n  - {name: Antwerpen, type: region}\n",
                     "bad.yaml:2:", "no rule for choosing", builtIn: true),
        ]
        let aliasPool = (0..<1500).map { "Alias\($0)" }.joined(separator: ", ")
        let amplified = "entities:\n  - {name: Base, type: city, context: [w], aliases: &pool [\(aliasPool)]}\n"
            + (0..<1500).map { "  - {name: E\($0), type: agency, context: [w], aliases: *pool}\n" }.joined()
        let runaway = [
            RuleFile("aliases that multiply a file a thousandfold", amplified, "bad.yaml", "aliases"),
            RuleFile("lists nested 100,000 deep", "hedges: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n",
                     "bad.yaml:1:", "nesting"),
            RuleFile("parentheses nested 5,000 deep",
                     relation("{source:platform} " + String(repeating: "(", count: 5000) + "door" + String(repeating: ")", count: 5000) + " {target:agency}"),
                     "bad.yaml:2:", "nested"),
            RuleFile("5,000 alternatives", relation("{source:platform} (" + (0..<5000).map { "w\($0)" }.joined(separator: "|") + ") {target:agency}"),
                     exit: .success),
            RuleFile("2,000 gaps", relation("{source:platform} " + String(repeating: "… ", count: 2000) + "{target:agency}"), exit: .success),
            RuleFile("2,000 optional words", relation("{source:platform} " + String(repeating: "door? ", count: 2000) + "{target:agency}"), exit: .success),
            RuleFile("5,000 entities", "entities:\n" + (0..<5000).map { "  - {name: Entity \($0), type: agency}\n" }.joined(), exit: .success),
            RuleFile("a name of 100,000 characters", "entities:\n  - {name: \(String(repeating: "x", count: 100_000)), type: agency}\n",
                     exit: .success),
            RuleFile("an empty file", "", exit: .success),
            RuleFile("comments only", "# nothing here\n# at all\n", exit: .success),
        ]
        return malformed + wrong + conflicting + runaway
    }()

    /// Each rule file checked on its own and used in a build, and rule-file paths that are not files.
    var ruleFiles: [HostileCase] {
        let checked = Self.ruleFiles.flatMap { file in
            let rules = file.builtIn ? ["--rules", "bad.yaml"] : HostileFixtures.ruleOptions + ["--rules", "bad.yaml"]
            let layOut: @Sendable (Sandbox) throws -> Void = { sandbox in
                try sandbox.write(file.bytes, to: "bad.yaml")
                try sandbox.write(HostileFixtures.text, to: "input.txt")
            }
            return [
                HostileCase("rules --check: \(file.name)", ["rules", "--check", "bad.yaml"] + (file.builtIn ? [] : ["--no-default-rules"]),
                            exit: file.exit, mentions: file.mentions, setup: layOut),
                build("rules: \(file.name)", ["input.txt"], exit: file.exit, mentions: file.mentions, options: rules, setup: layOut),
            ]
        }
        let paths: [(name: String, path: String, mention: String, setup: @Sendable (Sandbox) throws -> Void)] = [
            ("a missing rule file", "missing.yaml", "no such file", { _ in }),
            ("a rule file that is a folder", "rules.d", "folder", { try $0.folder("rules.d") }),
            ("a rule file that is a device", "/dev/zero", "not a regular file", { _ in }),
            ("a rule file named with a line break", "my\nrules.yaml", "unknown key", { try $0.write("entity: []\n", to: "my\nrules.yaml") }),
        ]
        return checked + paths.map { entry in
            // A message shows a control character in a name as an escape (`my\u{A}rules.yaml`).
            build(entry.name, ["input.txt"], exit: .badInput, mentions: [entry.path.visiblyEscaped, entry.mention],
                  options: HostileFixtures.ruleOptions + ["--rules", entry.path]) { sandbox in
                try sandbox.write(HostileFixtures.text, to: "input.txt")
                try entry.setup(sandbox)
            }
        }
    }
}
