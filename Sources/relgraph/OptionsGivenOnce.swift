import ArgumentParser

/// Refuses an option that takes one value when it is given more than once (`--format json --format dot`):
/// argument-parser keeps the last without a word, and the run would write another file than the one the
/// user reads first on the line.
enum OptionsGivenOnce {
    /// Throws if any of `options` (each the spellings of one option, such as `["--output", "-o"]`) occurs
    /// more than once among `arguments` before `--`.
    static func require(_ options: [[String]], in arguments: [String] = Array(CommandLine.arguments.dropFirst())) throws {
        let given = arguments.prefix { $0 != "--" }
        for spellings in options {
            let count = given.filter { argument in spellings.contains { argument == $0 || argument.hasPrefix($0 + "=") } }.count
            if count > 1 {
                throw ValidationError("\(spellings[0]) is given \(count) times; give it once.")
            }
        }
    }

    /// Refuses an empty `--output`.
    static func requireNonEmpty(output: String?) throws {
        if output?.isEmpty == true { throw ValidationError("--output is empty; give a file name, or - for standard output.") }
    }
}
