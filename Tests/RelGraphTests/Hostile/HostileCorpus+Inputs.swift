import Foundation
@testable import RelGraph

/// Bad documents, odd file names, paths that loop or lead nowhere, files that cannot be read, and output
/// targets that cannot be written.
extension HostileCorpus {
    /// A document's bytes, and the words its warning must hold (`nil`: no warning).
    struct Content: Sendable {
        let name: String
        let bytes: [UInt8]
        let warning: String?
        /// Whether the content is whole (not set in sentences), so that only JSON and GraphML are written.
        var whole = true
    }

    static let invalidUTF8 = "invalid UTF-8", controlCharacter = "XML cannot carry", replaced = "U+FFFD"

    /// Contents set in the fixture's sentences, so that the bad bytes land in evidence and labels' neighbours,
    /// and whole files that are not text at all.
    static let contents: [Content] = {
        func around(_ bytes: [UInt8]) -> [UInt8] {
            bytes + Array("Sky ECC werd ".utf8) + bytes + Array(" gekraakt door Europol in Antwerpen. ".utf8) + bytes
                + Array("EncroChat en Sky ECC waren populair.".utf8) + bytes
        }
        let embedded: [(String, [UInt8], String?)] = [
            ("a lone continuation byte", [0x80], invalidUTF8),
            ("the byte FF", [0xFF], invalidUTF8),
            ("an overlong slash", [0xC0, 0xAF], invalidUTF8),
            ("a UTF-8-encoded surrogate", [0xED, 0xA0, 0x80], invalidUTF8),
            ("a five-byte sequence", [0xF8, 0x88, 0x80, 0x80, 0x80], invalidUTF8),
            ("Latin-1 text", Array("caf".utf8) + [0xE9], invalidUTF8),
            ("a cut sequence", [0xE2, 0x82], invalidUTF8),
            ("a NUL byte", [0], controlCharacter),
            ("a thousand NUL bytes", Array(repeating: 0, count: 1000), controlCharacter),
            ("ANSI escapes", Array("\u{1B}[31mred\u{1B}[0m".utf8), controlCharacter),
            ("bell and backspace", [0x07, 0x08], controlCharacter),
            ("vertical tab and form feed", [0x0B, 0x0C], controlCharacter),
            ("U+FFFE and U+FFFF", [0xEF, 0xBF, 0xBE, 0xEF, 0xBF, 0xBF], controlCharacter),
            ("C1 controls", Array("\u{80}\u{85}\u{9F}".utf8), nil),
            ("a byte order mark", Array("\u{FEFF}".utf8), nil),
            ("bidirectional overrides and zero-width joiners", Array("\u{202E}\u{200D}\u{2066}".utf8), nil),
            ("line and paragraph separators", Array("\u{2028}\u{2029}".utf8), nil),
            ("combining marks and emoji", Array("e\u{301}\u{301} 🛰️ 👩‍👩‍👧".utf8), nil),
            ("carriage returns", [0x0D], nil),
            ("CRLF line ends", [0x0D, 0x0A], nil),
        ]
        var generator = SplitMix(seed: 6)
        let random = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let utf16: [UInt8] = [0xFF, 0xFE] + HostileFixtures.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf32: [UInt8] = HostileFixtures.text.unicodeScalars.flatMap { scalar in
            [24, 16, 8, 0].map { UInt8((scalar.value >> $0) & 0xFF) }
        }
        let whole: [Content] = [
            Content(name: "an empty file", bytes: [], warning: nil),
            Content(name: "a byte order mark alone", bytes: [0xEF, 0xBB, 0xBF], warning: nil),
            Content(name: "white space only", bytes: Array(" \t \n\n  \r\n ".utf8), warning: nil),
            Content(name: "100,000 empty lines", bytes: Array(repeating: 0x0A, count: 100_000), warning: nil),
            Content(name: "random bytes", bytes: random, warning: replaced),
            Content(name: "an ELF header", bytes: [0x7F] + Array("ELF".utf8) + [2, 1, 1, 0] + Array(repeating: 0, count: 56) + [0x3E, 0, 0xB0, 0xFF],
                    warning: replaced),
            Content(name: "a PNG header", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8), warning: replaced),
            Content(name: "a gzip header", bytes: [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0xCB, 0x48, 0xCD], warning: replaced),
            Content(name: "every byte value", bytes: Array((0..<4096).map { UInt8($0 & 0xFF) }), warning: replaced),
            Content(name: "UTF-16 with a byte order mark", bytes: utf16, warning: replaced),
            Content(name: "UTF-32", bytes: utf32, warning: replaced),
            Content(name: "a word of 256 kB", bytes: Array(repeating: UInt8(ascii: "x"), count: 1 << 18), warning: nil),
            Content(name: "a line of 256 kB of words without a full stop",
                    bytes: Array(String(repeating: "lorem ipsum dolor sit amet ", count: 10_000).utf8), warning: nil),
        ]
        return embedded.map { Content(name: $0.0, bytes: around($0.1), warning: $0.2, whole: false) } + whole
    }()

    /// Every content set in sentences in every format, whole ones in JSON and GraphML (they hold no
    /// entity, so no more reaches the writers), and a few through standard input.
    var documentContents: [HostileCase] {
        let fromFiles = Self.contents.flatMap { content in
            (content.whole ? [.json, .graphml] : fixtures.formats).map { format in
                build(content.name, ["input.txt"], format: format,
                      mentions: content.warning.map { ["warning: input.txt: ", $0] } ?? []) { sandbox in
                    try sandbox.write(content.bytes, to: "input.txt")
                }
            }
        }
        let fromStandardInput = Self.contents.filter { [Self.invalidUTF8, Self.controlCharacter].contains($0.warning) }
            .prefix(8).map { content in
                build("standard input holding \(content.name)", ["-"], mentions: content.warning.map { ["warning: -: ", $0] } ?? [],
                      standardInput: "stdin.bin") { sandbox in
                    try sandbox.write(content.bytes, to: "stdin.bin")
                }
            }
        return fromFiles + fromStandardInput
    }

    /// Message dumps with malformed records, lines of a megabyte and bytes that are not text.
    var messageDumps: [HostileCase] {
        let megabyte = String(repeating: "y", count: 1 << 20)
        let dumps: [(name: String, file: String, bytes: [UInt8], mentions: [String])] = [
            ("a JSON Lines dump with a malformed record", "day.jsonl",
             Array("{\"text\": \"Sky ECC en Europol.\"}\n{\"text\": oops}\n".utf8), ["day.jsonl:2", "malformed record"]),
            ("a JSON Lines record of a megabyte, cut short", "day.jsonl", Array("{\"text\": \"\(megabyte)".utf8), ["day.jsonl:1", "malformed record"]),
            ("a JSON Lines record with a NUL byte", "day.jsonl", Array("{\"text\": \"Sky ECC\u{0} en Europol.\"}\n".utf8), ["day.jsonl:1"]),
            ("a JSON Lines dump of random bytes", "day.jsonl", Self.contents.first { $0.name == "random bytes" }?.bytes ?? [], ["day.jsonl:"]),
            ("a CSV header of a megabyte without a text column", "day.csv", Array("\(megabyte),id\n1,2\n".utf8), ["day.csv:1", "\"text\" column"]),
            ("a CSV record with an unclosed quote", "day.csv", Array("id,text\n1,\"Sky ECC en Europol.\n".utf8), ["day.csv:2", "malformed record"]),
            ("a CSV dump that is empty", "day.csv", [], ["day.csv", "header"]),
        ]
        return dumps.map { dump in
            build(dump.name, [dump.file], mentions: dump.mentions) { try $0.write(dump.bytes, to: dump.file) }
        }
    }

    /// File names with spaces, quotes, line breaks and the like: named on the command line (in every
    /// format, since the name is the evidence's document) and found in a folder.
    var documentNames: [HostileCase] {
        let names = ["with space.txt", "say \"hi\" it's.txt", "line\nbreak\ttab.txt", "back\\slash.txt", "<&>;{}=.txt",
                     "#hash %20 glob*?[x].txt", "ünïcödé nfd-e\u{301} 🛰️.txt", "comma, space.txt",
                     String(repeating: "n", count: 250) + ".txt", "-leading-dash.txt", " leading and trailing space.txt "]
        let named = names.flatMap { name in
            fixtures.formats.map { format in
                build("a document named \(name.debugDescription)", [name.hasPrefix("-") ? "./" + name : name], format: format) { sandbox in
                    try sandbox.write(HostileFixtures.text, to: name)
                }
            }
        }
        let inFolder = fixtures.formats.map { format in
            build("a folder of documents with odd names", ["docs"], format: format) { sandbox in
                for name in names { try sandbox.write(HostileFixtures.text, to: "docs/" + name) }
            }
        }
        return named + inFolder
    }

    /// Paths that lead nowhere, loop, or go deeper than the system allows.
    var documentPaths: [HostileCase] {
        let text = HostileFixtures.text
        return [
            build("a missing file", ["missing.txt"], exit: .badInput, mentions: ["missing.txt", "no such file"]) { _ in },
            build("a missing file beside a good one", ["input.txt", "gone/missing.txt"], exit: .badInput,
                  mentions: ["gone/missing.txt", "no such file"]) { try $0.write(text, to: "input.txt") },
            build("an empty path", [""], exit: .badInput, mentions: ["empty path"]) { _ in },
            build("a file given as a folder", ["input.txt/"], exit: .badInput, mentions: ["input.txt/"]) { try $0.write(text, to: "input.txt") },
            build("an empty folder", ["empty"], exit: .badInput, mentions: ["empty", "holds no"]) { try $0.folder("empty") },
            build("a folder without documents", ["pictures"], exit: .badInput, mentions: ["pictures", "holds no"]) { sandbox in
                try sandbox.write([0x89, 0x50], to: "pictures/a.png")
                try sandbox.write(text, to: "pictures/.hidden.txt")
            },
            build("a folder 200 levels deep", ["deep"]) { sandbox in
                try sandbox.write(text, to: "deep/" + String(repeating: "d/", count: 200) + "doc.txt")
            },
            build("a folder deeper than PATH_MAX", ["deep"], exit: .badInput, mentions: ["deep/dddd/", "too long"]) { sandbox in
                try sandbox.folder("deep")
                try sandbox.shell("cd deep && for i in $(seq 1100); do mkdir dddd && cd -P dddd || exit 1; done && echo 'Sky ECC en Europol.' > doc.txt")
            },
            build("a folder that holds a link to itself and to its parent", ["loop"]) { sandbox in
                try sandbox.write(text, to: "loop/doc.txt")
                try sandbox.link("loop/self", to: ".")
                try sandbox.link("loop/parent", to: "..")
                try sandbox.link("loop/inner/up.txt", to: "../..")
            },
            build("a folder that holds two links to each other", ["loop"]) { sandbox in
                try sandbox.write(text, to: "loop/doc.txt")
                try sandbox.link("loop/a.txt", to: "b.txt")
                try sandbox.link("loop/b.txt", to: "a.txt")
            },
            build("a link to itself", ["self.txt"], exit: .badInput, mentions: ["self.txt", "link"]) { try $0.link("self.txt", to: "self.txt") },
            build("two links to each other", ["a.txt"], exit: .badInput, mentions: ["a.txt", "link"]) { sandbox in
                try sandbox.link("a.txt", to: "b.txt")
                try sandbox.link("b.txt", to: "a.txt")
            },
            build("a link to nothing", ["dangling.txt"], exit: .badInput, mentions: ["dangling.txt", "link"]) { try $0.link("dangling.txt", to: "nowhere.txt") },
            build("a link to a document", ["link.txt"]) { sandbox in
                try sandbox.write(text, to: "real/doc.txt")
                try sandbox.link("link.txt", to: "real/doc.txt")
            },
            build("a folder holding a file whose name is not UTF-8", ["docs"], exit: .badInput, mentions: ["docs/bad", "name"]) { sandbox in
                try sandbox.write(text, to: "docs/good.txt")
                try sandbox.shell("printf 'Sky ECC en Europol.' > \"docs/$(printf 'bad\\377name.txt')\"")
            },
            build("a device that never ends", ["/dev/zero"], exit: .badInput, mentions: ["/dev/zero", "a device"]) { _ in },
            build("a folder named like a document", ["folder.txt"]) { try $0.write(text, to: "folder.txt/doc.txt") },
            build("the same file twice", ["input.txt", "./input.txt", "input.txt"]) { try $0.write(text, to: "input.txt") },
        ]
    }

    /// Files and folders that cannot be read (run as `nobody` when the tests run as root), and an
    /// unreadable document met midway through a large folder.
    var permissions: [HostileCase] {
        let text = HostileFixtures.text
        func locked(_ name: String, _ inputs: [String], mentions: [String], setup: @escaping @Sendable (Sandbox) throws -> Void) -> HostileCase {
            build(name, inputs, exit: .badInput, mentions: mentions + ["cannot be read"], unprivileged: true, setup: setup)
        }
        return [
            locked("an unreadable document", ["secret.txt"], mentions: ["secret.txt"]) { sandbox in
                try sandbox.write(text, to: "secret.txt")
                sandbox.lock("secret.txt")
            },
            locked("an unreadable document in a folder", ["docs"], mentions: ["docs/secret.txt"]) { sandbox in
                try sandbox.write(text, to: "docs/a.txt")
                try sandbox.write(text, to: "docs/secret.txt")
                sandbox.lock("docs/secret.txt")
            },
            locked("an unreadable folder", ["docs"], mentions: ["docs"]) { sandbox in
                try sandbox.write(text, to: "docs/a.txt")
                sandbox.lock("docs")
            },
            locked("an unreadable subfolder", ["docs"], mentions: ["docs/private"]) { sandbox in
                try sandbox.write(text, to: "docs/a.txt")
                try sandbox.write(text, to: "docs/private/b.txt")
                sandbox.lock("docs/private")
            },
            locked("an unreadable message dump", ["day.jsonl"], mentions: ["day.jsonl"]) { sandbox in
                try sandbox.write("{\"text\": \"Sky ECC\"}\n", to: "day.jsonl")
                sandbox.lock("day.jsonl")
            },
            locked("an unreadable document midway through 500", ["docs"], mentions: ["docs/250.txt"]) { sandbox in
                for index in 0..<500 { try sandbox.write(text, to: "docs/\(index).txt") }
                sandbox.lock("docs/250.txt")
            },
            locked("an unreadable rule file", ["input.txt"], mentions: ["secret.yaml"]) { sandbox in
                try sandbox.write(text, to: "input.txt")
                try sandbox.write(HostileFixtures.rules, to: "secret.yaml")
                sandbox.lock("secret.yaml")
            }.withArguments { $0 + ["--rules", "secret.yaml"] },
        ]
    }

    /// Output targets that cannot be written, and ones that are links or devices.
    var outputTargets: [HostileCase] {
        let text = HostileFixtures.text
        let input: @Sendable (Sandbox) throws -> Void = { try $0.write(text, to: "input.txt") }
        let formats = fixtures.formats.map(\.rawValue)
        func write(_ name: String, _ arguments: [String], exit: HostileCase.Exit, mentions: [String] = [], outputs: [String] = [],
                   unprivileged: Bool = false, setup: @escaping @Sendable (Sandbox) throws -> Void) -> HostileCase {
            HostileCase("write: \(name)", ["build", "input.txt"] + arguments + HostileFixtures.ruleOptions, exit: exit,
                        mentions: mentions, outputs: outputs, unprivileged: unprivileged) { sandbox in
                try input(sandbox)
                try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
                try setup(sandbox)
            }
        }
        return formats.map { format in
            write("--output in a missing folder (\(format))", ["--format", format, "--output", "nowhere/graph.\(format)"],
                  exit: .badInput, mentions: ["nowhere", "does not exist"]) { _ in }
        } + formats.map { format in
            write("--output in a folder nobody may write (\(format))", ["--format", format, "--output", "locked/graph.\(format)"],
                  exit: .badInput, mentions: ["locked/graph", "cannot write"], unprivileged: true) { sandbox in
                try sandbox.write("earlier", to: "locked/graph.\(format)")
                chmod(sandbox.path("locked"), 0o555)
            }
        } + [
            write("--output is a folder", ["--format", "json", "--output", "out"], exit: .badInput, mentions: ["out", "folder"]) { try $0.folder("out") },
            write("--output-dir is a file", ["--output-dir", "file"], exit: .badInput, mentions: ["file", "folder"]) { try $0.write("x", to: "file") },
            write("--output-dir nobody may create", ["--output-dir", "locked/out"], exit: .badInput, mentions: ["locked/out", "cannot"],
                  unprivileged: true) { sandbox in
                try sandbox.folder("locked")
                chmod(sandbox.path("locked"), 0o555)
            },
            write("--output-dir with earlier outputs nobody may replace", ["--output-dir", "out"], exit: .badInput,
                  mentions: ["out/graph", "cannot write"], unprivileged: true) { sandbox in
                for name in ["graph.dot", "graph.graphml", "graph.svg"] { try sandbox.write("earlier", to: "out/" + name) }
                chmod(sandbox.path("out"), 0o555)
            },
            write("--output is a link to /dev/null", ["--format", "json", "--output", "null.json"], exit: .success) { sandbox in
                try sandbox.link("null.json", to: "/dev/null")
            }.verifying { sandbox in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: sandbox.path("null.json"))) == "/dev/null"
                    ? [] : ["the link null.json was replaced"]
            },
            write("--output is a link to an earlier output", ["--format", "json", "--output", "latest.json"], exit: .success,
                  outputs: ["runs/graph.json"]) { sandbox in
                try sandbox.write("earlier", to: "runs/graph.json")
                try sandbox.link("latest.json", to: "runs/graph.json")
            }.verifying { sandbox in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: sandbox.path("latest.json"))) == "runs/graph.json"
                    ? [] : ["the link latest.json was replaced by a file"]
            },
        ]
    }
}

/// A small, fast random number generator with a fixed seed, so that generated bytes are the same in every run.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
